/**
 * No broken image anywhere: every <img> and SVG <image> on every built page loads and has a
 * size, and the pictures pages point to from their metadata (link previews, icons) exist.
 */
import { CHROMIUM_ARGS, findChromium } from '../browser';
import { scrollThrough } from './axe';
import { test, expect } from './guard';
import { builtPages } from './pages';

// Pictures do not need WebGL; without it the sweep is quick.
const executablePath = findChromium();
test.use({
  launchOptions: {
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
    ...(executablePath ? { executablePath } : {}),
  },
});

test('every image on every page loads', async ({ page }) => {
  // 48 pages, each scrolled through until its figures hydrate, on two shared cores.
  test.setTimeout(300_000);
  const broken: string[] = [];
  let checked = 0;
  for (const { path } of builtPages()) {
    await page.goto(path);
    await scrollThrough(page);
    const result = await page.evaluate(async () => {
      const faults: string[] = [];
      const imgs = [...document.querySelectorAll('img')];
      for (const img of imgs) img.loading = 'eager';
      await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
      for (const img of imgs)
        if (!img.complete || img.naturalWidth === 0)
          faults.push(`<img src="${img.getAttribute('src')}"> did not load`);
      // SVG <image>, and the pictures named in the head (preview card, icons).
      const urls = [
        ...[...document.querySelectorAll('image')].map(
          (el) => el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '',
        ),
        ...[
          ...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]'),
        ].map((m) => m.getAttribute('content') ?? ''),
        ...[...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')].map(
          (l) => l.getAttribute('href') ?? '',
        ),
      ].filter((u) => u && !u.startsWith('data:'));
      for (const raw of new Set(urls)) {
        // Metadata carries the public origin (SITE_URL); the file is on this server at the same path.
        const url = new URL(raw, location.href);
        const local = `${location.origin}${url.pathname}`;
        const res = await fetch(local);
        const type = res.headers.get('content-type') ?? '';
        const bytes = (await res.arrayBuffer()).byteLength;
        if (!res.ok || !type.startsWith('image/') || bytes === 0)
          faults.push(`${raw}: HTTP ${res.status}, ${type}, ${bytes} bytes`);
      }
      return { faults, count: imgs.length + new Set(urls).size };
    });
    checked += result.count;
    broken.push(...result.faults.map((f) => `${path}: ${f}`));
  }
  expect(broken).toEqual([]);
  expect(checked, 'pictures checked').toBeGreaterThan(0);
});
