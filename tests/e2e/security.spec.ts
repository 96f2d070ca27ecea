/**
 * Hardening: a strict Content-Security-Policy on every page (a meta tag, and the same policy
 * in `_headers` for hosts that read one, plus `frame-ancestors`), and no request to any other
 * host. The first tests read the built files; the last ones serve pages with the headers a
 * host would send and watch the browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as plain, expect as plainExpect } from '@playwright/test';
import { test, expect } from './guard';
import { headersFor, parseHeadersFile, parsePolicy, type HeaderRule, type Host } from './headers';
import { builtPages, DIST, samplePages } from './pages';
import { scrollThrough } from './axe';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

function metaPolicy(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function readHeaders(): HeaderRule[] {
  return parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
}

plain('every page carries a strict Content-Security-Policy that hashes each inline script', () => {
  const pages = builtPages();
  plainExpect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const { path, html } of pages) {
    const policy = metaPolicy(html);
    if (!policy) {
      problems.push(`${path}: no CSP meta`);
      continue;
    }
    // A meta policy governs only what follows it: what comes before must be what it would allow
    // anyway (files from this site), never an inline script or style.
    const before = html.slice(0, html.search(META_CSP));
    if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(before))
      problems.push(`${path}: an inline script comes before the CSP meta`);
    if (/<style/i.test(before)) problems.push(`${path}: a <style> comes before the CSP meta`);
    for (const [tag] of before.matchAll(/<(script|link)\b[^>]*>/gi)) {
      const url = /\s(?:src|href)="([^"]*)"/i.exec(tag)?.[1] ?? '';
      if (/^(https?:)?\/\//i.test(url) && !/rel="(canonical|alternate)"/i.test(tag))
        problems.push(`${path}: ${tag} comes before the CSP meta`);
    }
    const d = parsePolicy(policy);
    const expectExactly = (name: string, values: string[]) => {
      if (JSON.stringify(d.get(name)) !== JSON.stringify(values))
        problems.push(`${path}: ${name} is ${d.get(name)?.join(' ') ?? 'missing'}`);
    };
    expectExactly('default-src', ["'self'"]);
    expectExactly('object-src', ["'none'"]);
    expectExactly('base-uri', ["'self'"]);
    const scriptSrc = d.get('script-src') ?? [];
    for (const bad of scriptSrc.filter(
      (s) => !(s === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
    ))
      problems.push(`${path}: script-src allows ${bad}`);
    // No other host anywhere in the policy.
    for (const [name, values] of d)
      for (const v of values)
        if (/^(https?:|\*|wss?:)/.test(v)) problems.push(`${path}: ${name} allows ${v}`);
    // Every inline script is allowed by its hash (data blocks such as JSON-LD are not run).
    for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
      if (/type="(application\/ld\+json|application\/json)"/i.test(attrs ?? '')) continue;
      const hash = `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`;
      if (!scriptSrc.includes(hash))
        problems.push(`${path}: inline script ${hash} is not in script-src`);
    }
  }
  plainExpect(problems).toEqual([]);
});

plain('the CSP meta comes first in <head> on every page, right after the charset', () => {
  const pages = builtPages();
  plainExpect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const { path, html } of pages) {
    const head = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const [first, second] = [...head.matchAll(/<([a-z]+)\b[^>]*>/gi)].map((m) => m[0]);
    if (!/^<meta charset="utf-8"/i.test(first ?? ''))
      problems.push(`${path}: <head> opens with ${first?.slice(0, 60)}`);
    if (!/^<meta http-equiv="content-security-policy"/i.test(second ?? ''))
      problems.push(`${path}: after the charset comes ${second?.slice(0, 60)}`);
    // The charset has to be in the first 1024 bytes, which is why it, not the policy, is first.
    if (Buffer.byteLength(html.slice(0, html.search(/<meta charset=/i))) > 1024)
      problems.push(`${path}: the charset is past the first 1024 bytes`);
  }
  plainExpect(problems).toEqual([]);
});

plain(
  '_headers carries the same policy, with frame-ancestors: only embed pages may be framed',
  () => {
    const rules = readHeaders();
    const paths = [...builtPages().map((p) => p.path), '/embed/deep/', '/no-such-page/'];
    const problems: string[] = [];
    for (const path of paths) {
      const page = builtPages().find((p) => p.path === path);
      const meta = page ? parsePolicy(metaPolicy(page.html) ?? '') : undefined;
      const served: Record<Host, Record<string, string>> = {
        netlify: headersFor(rules, path, 'netlify'),
        cloudflare: headersFor(rules, path, 'cloudflare'),
      };
      const sorted = (h: Record<string, string>) => JSON.stringify(Object.entries(h).sort());
      if (sorted(served.netlify) !== sorted(served.cloudflare))
        problems.push(`${path}: Netlify and Cloudflare would send different headers`);
      const h = served.cloudflare;
      if (h['x-content-type-options'] !== 'nosniff')
        problems.push(`${path}: no X-Content-Type-Options: nosniff`);
      if (!h['referrer-policy']) problems.push(`${path}: no Referrer-Policy`);
      const csp = h['content-security-policy'] ?? '';
      if (csp.includes(',')) problems.push(`${path}: more than one policy: ${csp.slice(0, 80)}…`);
      const header = parsePolicy(csp);
      const framing = header.get('frame-ancestors')?.join(' ');
      const embed = path.startsWith('/embed/');
      if (framing !== (embed ? '*' : "'none'"))
        problems.push(`${path}: frame-ancestors ${framing ?? 'missing'}`);
      if (!meta) continue;
      // The header repeats the meta's policy: the same directives, the same script hashes.
      for (const [name, values] of meta) {
        const got = header.get(name);
        if (name === 'style-src-elem') {
          // The meta lists hashes of this build's inlined styles; the header allows inline style elements instead.
          if (!got?.includes("'self'") || !got.includes("'unsafe-inline'"))
            problems.push(`${path}: header style-src-elem is ${got?.join(' ')}`);
          continue;
        }
        if (JSON.stringify([...(got ?? [])].sort()) !== JSON.stringify([...values].sort()))
          problems.push(
            name === 'script-src'
              ? `${path}: the script hashes in public/_headers differ from the build's. Put this in both policies there:\n  script-src ${values.join(' ')}`
              : `${path}: ${name} is "${got?.join(' ') ?? 'missing'}" in _headers but "${values.join(' ')}" in the meta`,
          );
      }
      for (const name of header.keys())
        if (!meta.has(name) && name !== 'frame-ancestors')
          problems.push(`${path}: _headers has ${name}, the meta has not`);
    }
    plainExpect([...new Set(problems)]).toEqual([]);
  },
);

/** Serves every same-origin response with the headers `_headers` gives its path (as Netlify would). */
async function serveWithHeaders(
  page: import('@playwright/test').Page,
  origin: string,
): Promise<void> {
  const rules = readHeaders();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), ...headersFor(rules, url.pathname, 'netlify') },
    });
  });
}

for (const path of samplePages()) {
  test(`${path} served with the _headers policy: no CSP violation, no request to another host`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(
          `${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`,
        ),
      );
    });
    await serveWithHeaders(page, origin);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], 'the route added the header').toContain(
      'frame-ancestors',
    );
    await scrollThrough(page);
    // Let a figure come alive (or settle on its drawing) and answer a key press.
    const figure = page.locator('figure.hipviz').first();
    if ((await figure.count()) > 0) {
      await figure.scrollIntoViewIfNeeded();
      // The presenter keeps its slider beside the figure, in the dock.
      const own = figure.getByRole('slider').first();
      const slider =
        (await own.count()) > 0 ? own : page.getByRole('slider', { name: /squat depth/i }).first();
      // The 3D starts once the reader reaches for the figure (home) or first touches the page.
      if ((await slider.count()) > 0) await slider.focus();
      await expect(figure).toHaveAttribute('data-status', /live|no-webgl/, { timeout: 20_000 });
      if ((await slider.count()) > 0) {
        const before = await slider.getAttribute('aria-valuetext');
        await slider.focus();
        await slider.press((await slider.inputValue()) === '1' ? 'Home' : 'End');
        // The figure answered: the slider's words follow the new state (and the picture with it).
        await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
      }
    }
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    const foreign = requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
    );
    expect(foreign, 'requests to another host').toEqual([]);
    // Requests still on their way when the test ends are let go, not fulfilled into a closed page.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
}

test('another site may frame an embed page but not the other pages', async ({
  page,
  baseURL,
  problems,
}) => {
  const origin = new URL(baseURL!).origin;
  const embed = builtPages().find((p) => p.path.startsWith('/embed/'))?.path;
  // Every preset has an embed page: a build without one has lost them, which is a failure.
  expect(embed, 'the build has embed pages').toBeDefined();
  await serveWithHeaders(page, origin);
  await page.route('http://portal.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Portal</title><iframe id="embed" title="embed" src="${origin}${embed}"></iframe><iframe id="article" title="article" src="${origin}/viz/deep/"></iframe>`,
    }),
  );
  await page.goto('http://portal.test/');
  await expect(page.frameLocator('#embed').locator('figure.hipviz')).toBeVisible();
  // The framed article is refused: the browser says so, and its frame never gets the page.
  const isRefusal = (p: string) =>
    /frame-ancestors|Refused to frame|ERR_BLOCKED_BY_RESPONSE/i.test(p);
  await expect
    .poll(() => problems.filter(isRefusal))
    .toContainEqual(expect.stringMatching(/viz\/deep/));
  expect(await page.frameLocator('#article').locator('figure.hipviz').count()).toBe(0);
  expect(problems.filter(isRefusal).join('\n'), 'only the article is refused').not.toMatch(/embed/);
  // The refusal is expected here; anything else is still a problem.
  problems.splice(0, problems.length, ...problems.filter((p) => !isRefusal(p)));
  // Requests still on their way when the test ends (the embed's figure code) are let go, not
  // fulfilled into a closed page: that raced and failed a CI run with "response disposed".
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
