/**
 * No broken image anywhere: every picture every built page names (<img>, SVG <image>, the link
 * preview card, the icons) answers with an image whose bytes are one. This reads the HTML the
 * server sends, so it covers all pages quickly; the pictures in the open browser (each <img>
 * decodes and has a size) are checked on one page of each template, with every figure
 * hydrated, by the sweep in a11y-pages.spec.ts.
 */
// Reads no page in a browser, so the console guard (which opens one) is not needed.
import { test, expect } from '@playwright/test';
import { bytesAreImage, picturesNamedIn } from './images';
import { builtPages } from './pages';

test('every picture every page names is an image the server has', async ({ request }) => {
  const pages = builtPages();
  expect(pages.length, 'dist/ holds the built site (npm run build)').toBeGreaterThan(5);
  const namedBy = new Map<string, string[]>();
  for (const { path, html } of pages)
    for (const raw of picturesNamedIn(html)) {
      // Metadata carries the public origin (SITE_URL); the file is on this server at the same path.
      const url = new URL(raw, `http://site${path}`).pathname;
      namedBy.set(url, [...(namedBy.get(url) ?? []), path]);
    }
  const broken: string[] = [];
  for (const [url, by] of namedBy) {
    const res = await request.get(url);
    const type = res.headers()['content-type'] ?? '';
    const bytes = await res.body();
    if (!res.ok() || !bytesAreImage(type, bytes))
      broken.push(
        `${url} (on ${by.slice(0, 3).join(', ')}): HTTP ${res.status()}, ${type}, ${bytes.length} bytes`,
      );
  }
  expect(broken).toEqual([]);
  // Each page names at least its icons; the gallery and the previews name many more.
  expect(namedBy.size, 'different pictures checked').toBeGreaterThan(pages.length / 2);
});
