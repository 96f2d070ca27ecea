/**
 * Contact sheets of the figure, for a person to look at without running it: every view
 * (side, front, inside the socket, cutaway) at depths 0, 0.5 and 1, for a typical hip, a
 * tight back of the capsule, a cam and a pincer, live in 3D, at a phone's and a tablet's size,
 * in light and dark. Needs a built site and a Chromium:
 *
 *   npm run build && npx node scripts/screenshots.ts
 *   npx node scripts/screenshots.ts --sizes landscape,desktop --out /tmp/shots
 *
 * Writes docs/figures/contact-<size>-<scheme>.jpg (one sheet each) and, with --cells, every
 * single screenshot as a PNG beside them. Not part of the tests (a browser's pictures cannot
 * be made in the production build); the tests check the figure's behaviour.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';
import { startSiteServer } from './siteServer.ts';

const SIZES = {
  phone: { width: 390, height: 844, mobile: true },
  tablet: { width: 820, height: 1180, mobile: true },
  landscape: { width: 1180, height: 820, mobile: true },
  desktop: { width: 1440, height: 900, mobile: false },
} as const;
type SizeName = keyof typeof SIZES;

const PRESETS = [
  ['deep', 'Typical hip'],
  ['deep-tight', 'Tight back of the capsule'],
  ['cam', 'Cam'],
  ['pincer', 'Pincer'],
] as const;
const VIEWS = [
  ['side', 'Side'],
  ['front', 'Front'],
  ['socket', 'Inside the socket'],
  ['joint', 'Cutaway'],
] as const;
const DEPTHS = [0, 0.5, 1] as const;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'phone,tablet' },
    schemes: { type: 'string', default: 'light,dark' },
    out: { type: 'string', default: 'docs/figures' },
    cells: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',') as SizeName[];
const schemes = values.schemes.split(',') as ('light' | 'dark')[];
const outDir = values.out;
mkdirSync(outDir, { recursive: true });

/** Waits until the figure draws live and its labels hold still. */
async function settle(page: Page): Promise<void> {
  const figure = page.locator('figure.hipviz').first();
  await figure.waitFor();
  await page.waitForFunction(
    () => document.querySelector('figure.hipviz')?.getAttribute('data-status') === 'live',
    undefined,
    { timeout: 30_000 },
  );
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await figure.evaluate((f) =>
      [...f.querySelectorAll<HTMLElement>('li[data-label]')]
        .map((l) => `${l.style.left},${l.style.top},${l.style.visibility}`)
        .join('|'),
    );
    if (now === last && now !== '') return;
    last = now;
    await page.waitForTimeout(150);
  }
}

const server = await startSiteServer({ root: 'dist' });
const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
try {
  for (const sizeName of sizes)
    for (const scheme of schemes) {
      const size = SIZES[sizeName];
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        isMobile: size.mobile,
        hasTouch: size.mobile,
        deviceScaleFactor: 1,
        colorScheme: scheme,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
      const cells: { caption: string; png: Buffer }[] = [];
      for (const [preset, presetName] of PRESETS)
        for (const [view, viewName] of VIEWS)
          for (const depth of DEPTHS) {
            await page.goto(`${server.url}/viz/${preset}/?view=${view}&depth=${depth}`);
            await settle(page);
            const png = await page.locator('figure.hipviz .hipviz-stage').first().screenshot();
            const caption = `${presetName} · ${viewName} · depth ${depth}`;
            cells.push({ caption, png });
            if (values.cells)
              writeFileSync(
                join(outDir, `${sizeName}-${scheme}-${preset}-${view}-${depth}.png`),
                png,
              );
          }
      // The sheet: every cell in a grid, three depths to a row's group, one row per preset and view.
      const scale = sizeName === 'phone' ? 0.5 : 0.34;
      const cellWidth = Math.round(size.width * scale);
      const html = `<!doctype html><meta charset="utf-8"><body style="margin:0;padding:16px;font:13px system-ui,sans-serif;background:${scheme === 'dark' ? '#15171a' : '#fbfaf7'};color:${scheme === 'dark' ? '#ecebe7' : '#1d1c1a'}">
<h1 style="font-size:18px;margin:0 0 12px">The figure at ${size.width}×${size.height}, ${scheme}: every view at depths 0, 0.5 and 1</h1>
<div style="display:grid;grid-template-columns:repeat(${sizeName === 'phone' ? 6 : 6},${cellWidth}px);gap:12px 10px">
${cells.map((c) => `<figure style="margin:0"><img style="width:${cellWidth}px;display:block" src="data:image/png;base64,${c.png.toString('base64')}"><figcaption>${c.caption}</figcaption></figure>`).join('\n')}
</div></body>`;
      const sheet = await context.newPage();
      await sheet.setViewportSize({ width: 6 * cellWidth + 5 * 10 + 32, height: 600 });
      await sheet.setContent(html, { waitUntil: 'load' });
      const file = join(outDir, `contact-${sizeName}-${scheme}.jpg`);
      await sheet.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 78 });
      console.log(file);
      await context.close();
    }
} finally {
  await browser.close();
  await server.close();
}
