/**
 * One way to drive either engine: WebKitGTK's MiniBrowser through WebKitWebDriver
 * (selenium-webdriver), and Firefox through puppeteer-core over WebDriver BiDi.
 */
import { spawn } from 'node:child_process';
import { PNG } from 'pngjs';
import type { Picture } from '../../tests/e2e/pixels.ts';
import { freePort } from '../siteServer.ts';
import type { Engines } from './find.ts';
import { waitFor } from './wait.ts';

export type Key = 'End' | 'Home' | 'Shift';

export interface Driver {
  goto(url: string): Promise<void>;
  /** Runs a function body in the page and returns its result. */
  run<T>(body: string): Promise<T>;
  shot(css: string): Promise<Picture>;
  press(css: string, key: Key): Promise<void>;
  close(): Promise<void>;
}

const decode = (png: Buffer): Picture => {
  const p = PNG.sync.read(png);
  return { width: p.width, height: p.height, data: p.data };
};

/** The part of a picture inside a rectangle (x, y, width, height in its pixels), clipped to it. */
export function crop(pic: Picture, [x, y, w, h]: [number, number, number, number]): Picture {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(pic.width, Math.round(x + w));
  const y1 = Math.min(pic.height, Math.round(y + h));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row++)
    pic.data.copy(
      data,
      row * width * 4,
      ((y0 + row) * pic.width + x0) * 4,
      ((y0 + row) * pic.width + x1) * 4,
    );
  return { width, height, data };
}

export async function webkitDriver(engine: NonNullable<Engines['webkit']>): Promise<Driver> {
  const { Builder, Capabilities, Key: K } = await import('selenium-webdriver');
  const port = await freePort();
  const service = spawn(engine.driver, [`--port=${port}`], { stdio: 'ignore' });
  const caps = new Capabilities();
  caps.set('browserName', 'MiniBrowser');
  caps.set('webkitgtk:browserOptions', { binary: engine.browser, args: ['--automation'] });
  const build = () =>
    new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
  // The driver takes a moment to listen: ask until it answers.
  let lastError: unknown;
  const d = await waitFor(
    'WebKitWebDriver',
    () =>
      build().catch((error: unknown) => {
        lastError = error;
        return undefined;
      }),
    (built) => built !== undefined,
    10_000,
  ).catch(() => {
    service.kill();
    throw lastError;
  });
  await d!.manage().window().setRect({ width: 1100, height: 900 });
  const keys: Record<Key, string> = { End: K.END, Home: K.HOME, Shift: K.SHIFT };
  return {
    goto: async (url) => d!.get(url),
    run: async <T>(body: string) => (await d!.executeScript(body)) as T,
    // WebKitWebDriver's element screenshots come back black here: crop the window's instead.
    shot: async (css) => {
      const r = (await d!.executeScript(
        `const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.x, r.y, r.width, r.height, devicePixelRatio];`,
        css,
      )) as number[];
      return crop(
        decode(Buffer.from(await d!.takeScreenshot(), 'base64')),
        r.map((v) => v * (r[4] ?? 1)) as [number, number, number, number],
      );
    },
    press: async (css, key) => d!.findElement({ css }).sendKeys(keys[key]),
    close: async () => {
      await d!.quit().catch(() => undefined);
      service.kill();
    },
  };
}

export async function firefoxDriver(
  engine: NonNullable<Engines['firefox']>,
  prefs: Record<string, unknown> = {},
): Promise<Driver> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: engine.path,
    headless: false,
    extraPrefsFirefox: prefs,
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    run: async <T>(body: string) => (await page.evaluate(`(() => { ${body} })()`)) as T,
    shot: async (css) => {
      const el = await page.$(css);
      if (!el) throw new Error(`no ${css}`);
      return decode(Buffer.from(await el.screenshot()));
    },
    press: async (css, key) => {
      await page.focus(css);
      await page.keyboard.press(key);
    },
    close: async () => browser.close(),
  };
}
