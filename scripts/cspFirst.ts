/**
 * Puts the Content-Security-Policy meta first in <head>, right after the charset (which must
 * stay within a page's first 1024 bytes, and the policy alone is about that long). A meta
 * policy governs only what follows it; Astro writes it at the end of <head>, after the
 * manifest, the icons and the service worker's script. Run on every built page by the
 * integration below, before the service worker's precache list is made from the pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
const HEAD = /<head(\s[^>]*)?>/i;

/** The page with its CSP meta moved right after the charset (or first in <head>). */
export function cspFirst(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  const head = HEAD.exec(html);
  if (!meta || !head) return html;
  const rest = html.replace(meta, '');
  const charset = CHARSET.exec(rest);
  const at =
    charset && charset.index > head.index
      ? charset.index + charset[0].length
      : head.index + head[0].length;
  return rest.slice(0, at) + meta + rest.slice(at);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return htmlFiles(path);
      return Promise.resolve(e.name.endsWith('.html') ? [path] : []);
    }),
  );
  return nested.flat();
}

/** Listed before @vite-pwa/astro, so the precache revisions are of the final pages. */
export function cspFirstIntegration(): AstroIntegration {
  return {
    name: 'csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let moved = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const next = cspFirst(html);
          if (next === html) continue;
          await writeFile(file, next);
          moved += 1;
        }
        logger.info(`CSP meta first in <head> on ${moved} of ${files.length} pages`);
      },
    },
  };
}
