import { describe, expect, it } from 'vitest';
import { resolveSite, unsetMessage } from './siteUrl';

describe('the public origin of a build', () => {
  it('takes SITE_URL when it is an http(s) URL', () => {
    expect(resolveSite({ SITE_URL: 'https://example.org' })).toEqual({
      url: 'https://example.org/',
      given: true,
      required: null,
    });
    expect(() => resolveSite({ SITE_URL: 'example.org' })).toThrow(/not a URL/);
    expect(() => resolveSite({ SITE_URL: 'javascript:alert(1)' })).toThrow(/https/);
  });

  it('falls back to the local server, on its port, and says why that is not for publishing', () => {
    const site = resolveSite({ PORT: '8080' });
    expect(site).toEqual({ url: 'http://127.0.0.1:8080/', given: false, required: null });
    expect(unsetMessage(site)).toMatch(/SITE_URL is not set.*127\.0\.0\.1:8080/);
  });

  it('marks a static host’s build, or SITE_URL_REQUIRED=1, as one that must not go on', () => {
    expect(resolveSite({ NETLIFY: 'true' }).required).toBe('Netlify');
    expect(resolveSite({ CF_PAGES: '1' }).required).toBe('Cloudflare Pages');
    expect(resolveSite({ SITE_URL_REQUIRED: '1' }).required).toBe('SITE_URL_REQUIRED=1');
    expect(resolveSite({ NETLIFY: 'true', SITE_URL: 'https://x.org' }).required).toBeNull();
  });
});
