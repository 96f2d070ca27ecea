/**
 * What headless Chromium measures on one page: the JavaScript it loads before any figure is
 * near the viewport and after every figure has hydrated, the frames a live figure draws while
 * idle, and the time from a slider key press to the next drawn frame.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { webglCounter } from '../tests/e2e/webgl.ts';
import { median } from './stats.ts';

/** Bytes of one script: as served, gzip (zlib's default level 6) and brotli (its default). */
export interface JsFile {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}
export interface JsTotals {
  raw: number;
  gzip: number;
  brotli: number;
  files: JsFile[];
}

/** Notes when each key goes down (the event's own time), to pair with the frames that follow. */
function keyTimes(): void {
  const w = window as unknown as { __keys: number[] };
  w.__keys = [];
  addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), { capture: true });
}

export function sumJs(files: JsFile[]): JsTotals {
  const unique = [...new Map(files.map((f) => [f.file, f])).values()].sort(
    (a, b) => b.gzip - a.gzip,
  );
  return {
    raw: unique.reduce((s, f) => s + f.raw, 0),
    gzip: unique.reduce((s, f) => s + f.gzip, 0),
    brotli: unique.reduce((s, f) => s + f.brotli, 0),
    files: unique,
  };
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; js: JsFile[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(webglCounter);
  await page.addInitScript(keyTimes);
  const js: JsFile[] = [];
  page.on('response', async (response) => {
    const u = new URL(response.url());
    if (!u.pathname.endsWith('.js') && response.request().resourceType() !== 'script') return;
    try {
      const body = await response.body();
      js.push({
        file: u.pathname,
        raw: body.length,
        gzip: gzipSync(body).length,
        brotli: brotliCompressSync(body).length,
      });
    } catch {
      // a redirect or an aborted load has no body
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, js, close: () => context.close() };
}

export const PHONE = { width: 412, height: 823 }; // Lighthouse's mobile screen
export const DESKTOP = { width: 1350, height: 940 }; // Lighthouse's desktop screen

export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.round(innerHeight * 0.8);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 150));
    }
  });
  await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, {
      timeout: 30_000,
    })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

export interface BrowserFigures {
  jsBeforePhone: JsTotals;
  jsBeforeDesktop: JsTotals;
  jsHydrated: JsTotals;
  figures: number;
  idleFrames: number | null;
  idleDraws: number | null;
  keyToFrameMs: number | null;
  keyPresses: number;
}

export async function measureInBrowser(browser: Browser, url: string): Promise<BrowserFigures> {
  // Before any figure nears the viewport: the page as it loads, nothing scrolled or touched.
  const phone = await openPage(browser, url, PHONE);
  await phone.page.waitForTimeout(1000);
  const jsBeforePhone = sumJs(phone.js);
  await phone.close();

  const desk = await openPage(browser, url, DESKTOP);
  await desk.page.waitForTimeout(1000);
  const jsBeforeDesktop = sumJs(desk.js);
  const page = desk.page;
  // Then every figure: scroll to the bottom so each one hydrates, and a first key press, which
  // starts the 3D on a permalink, embed or presenter page (they wait for the reader's first
  // touch or key; an article's figures start as they near the screen).
  await scrollThrough(page);
  await page.keyboard.press('Shift');
  // (waitForLoadState('networkidle') would return at once: the page reached it long ago.)
  await page
    .waitForFunction(
      () =>
        !document.querySelector('figure.hipviz') ||
        document.querySelector(
          'figure.hipviz[data-status="live"], figure.hipviz[data-status="no-webgl"]',
        ) !== null,
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(500);
  const jsHydrated = sumJs(desk.js);
  const figures = await page.locator('figure.hipviz').count();

  // Idle frames and key → frame on the first figure, once it is live.
  let idleFrames: number | null = null;
  let idleDraws: number | null = null;
  let keyToFrameMs: number | null = null;
  let keyPresses = 0;
  const figure = page.locator('figure.hipviz').first();
  if ((await figure.count()) > 0) {
    await figure.scrollIntoViewIfNeeded();
    const live = await figure
      .evaluate(
        (el) =>
          new Promise<boolean>((resolve) => {
            const check = () => el.getAttribute('data-status') === 'live';
            if (check()) return resolve(true);
            const obs = new MutationObserver(() => check() && (obs.disconnect(), resolve(true)));
            obs.observe(el, { attributes: true });
            setTimeout(() => resolve(check()), 20_000);
          }),
      )
      .catch(() => false);
    if (live) {
      await page.mouse.move(0, 0);
      await page.waitForTimeout(1500); // let any easing and the first frames settle
      const counts = () =>
        page.evaluate(() => ({ frames: window.__frames.length, draws: window.__draws }));
      const at = await counts();
      await page.waitForTimeout(2000); // the idle window being measured
      const after = await counts();
      idleFrames = after.frames - at.frames;
      idleDraws = after.draws - at.draws;

      // The figure's depth slider (the presenter keeps its controls beside the figure).
      const own = figure.getByRole('slider', { name: /squat depth/i });
      const slider =
        (await own.count()) > 0
          ? own.first()
          : page.getByRole('slider', { name: /squat depth/i }).first();
      if ((await slider.count()) > 0) {
        await slider.focus();
        await slider.press('Home');
        await page.waitForTimeout(800);
        const PRESSES = 50;
        for (let i = 0; i < PRESSES; i++) {
          // Up 25 steps, then back down: each a small step, drawn at once (no easing).
          await slider.press(i < PRESSES / 2 ? 'ArrowRight' : 'ArrowLeft');
          await page
            .waitForFunction(
              () => {
                const w = window as unknown as { __keys: number[] };
                const pressed = w.__keys[w.__keys.length - 1] ?? Infinity;
                return window.__frames.some((t) => t > pressed);
              },
              undefined,
              { timeout: 5000 },
            )
            .catch(() => undefined);
        }
        // Each press to the first frame drawn after it.
        const latencies = await page.evaluate((n) => {
          const keys = (window as unknown as { __keys: number[] }).__keys.slice(-n);
          return keys
            .map((k) => (window.__frames.find((t) => t > k) ?? NaN) - k)
            .filter((ms) => Number.isFinite(ms));
        }, PRESSES);
        keyPresses = latencies.length;
        keyToFrameMs = median(latencies);
      }
    }
  }
  await desk.close();
  return {
    jsBeforePhone,
    jsBeforeDesktop,
    jsHydrated,
    figures,
    idleFrames,
    idleDraws,
    keyToFrameMs,
    keyPresses,
  };
}
