/**
 * The public origin the build writes into canonical links and link previews (SITE_URL).
 * Unset, the build falls back to the local server's address, which is right for `npm start`
 * and the tests but wrong for anything published: the build then says so loudly, and in a
 * static host's build (Netlify, Cloudflare Pages, Vercel) or with SITE_URL_REQUIRED=1 it
 * stops instead.
 */
import type { AstroIntegration } from 'astro';

/** Variables that mark a static host's production build. */
const HOST_BUILDS = { NETLIFY: 'Netlify', CF_PAGES: 'Cloudflare Pages', VERCEL: 'Vercel' };

type Env = Readonly<Record<string, string | undefined>>;

export interface Site {
  /** The origin (and base path, if any) to write links with. */
  url: string;
  /** Whether it came from SITE_URL. */
  given: boolean;
  /** A host build, or SITE_URL_REQUIRED, that must not go on without SITE_URL. */
  required: string | null;
}

export function resolveSite(env: Env): Site {
  const given = env['SITE_URL']?.trim();
  if (given) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new Error(`SITE_URL is not a URL: ${given}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new Error(`SITE_URL must start with https:// (or http://): ${given}`);
    return { url: url.href, given: true, required: null };
  }
  const host = Object.entries(HOST_BUILDS).find(([name]) => env[name])?.[1];
  const required = host ?? (env['SITE_URL_REQUIRED'] === '1' ? 'SITE_URL_REQUIRED=1' : null);
  return { url: `http://127.0.0.1:${env['PORT'] || 4321}/`, given: false, required };
}

export function unsetMessage(site: Site): string {
  return [
    `SITE_URL is not set, so canonical links and link previews point at ${site.url}.`,
    'That is right for `npm start` and the tests, and wrong for a site anyone else will read:',
    'build it with SITE_URL=https://your.site npm run build (README, "Deploying").',
  ].join('\n');
}

/** Says so at the start of a build (not in dev or `astro check`), or stops one that must not go on. */
export function siteUrlIntegration(site: Site): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || site.given) return;
        if (site.required)
          throw new Error(`${unsetMessage(site)}\nThis build stops here (${site.required}).`);
        const rule = '!'.repeat(78);
        logger.warn(`\n${rule}\n${unsetMessage(site)}\n${rule}`);
      },
    },
  };
}
