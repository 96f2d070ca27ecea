/**
 * Screenshots of pages at phone, tablet and desktop sizes, for a person to look at:
 *   npm run build && npx astro preview &  SHOTS_DIR=/tmp/shots npx node scripts/screenshots.ts /viz/deep/
 * Not part of the tests; the tests assert behaviour, this shows the look.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';

const paths = process.argv.slice(2);
const outDir = process.env['SHOTS_DIR'] ?? 'test-results/screenshots';
const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:4321';
const sizes = [
  { name: 'phone', width: 360, height: 780, mobile: true },
  { name: 'tablet', width: 1024, height: 768, mobile: true },
  { name: 'desktop', width: 1280, height: 900, mobile: false },
];

const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
for (const size of sizes) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    isMobile: size.mobile,
    hasTouch: size.mobile,
    deviceScaleFactor: 1,
    colorScheme: (process.env['SCHEME'] as 'dark' | 'light') ?? 'light',
  });
  const page = await context.newPage();
  page.on(
    'console',
    (m) => m.type() === 'error' && console.log(`[${size.name}] console: ${m.text()}`),
  );
  page.on('pageerror', (e) => console.log(`[${size.name}] page error: ${e.message}`));
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForTimeout(2500);
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_')}${size.name}.png`;
    await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
