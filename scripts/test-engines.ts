/**
 * `npm run test:engines`: a smoke test in the other engines readers use. iPads run WebKit and
 * many readers use Firefox; the browser tests drive Chromium only. Here the main article, a
 * permalink and the presenter open in WebKitGTK (MiniBrowser, driven by WebKitWebDriver through
 * selenium-webdriver) and in Firefox ESR (puppeteer-core over WebDriver BiDi), and for each:
 * - the figure draws: it goes live and its picture has ink, or, where the engine has no WebGL,
 *   it shows its flat drawing (never nothing);
 * - the depth slider moves it: the hip-bend readout changes, and a live picture changes too;
 * - the page reports no error (uncaught errors, rejections, console.error, CSP refusals and
 *   failed requests, collected by a small probe script the test server adds to each page).
 * Firefox also opens the permalink with WebGL switched off, to see the fallback in a second engine.
 *
 * Both engines need a display: without one the script runs itself again under `xvfb-run -a`.
 * An engine that is not installed is skipped with a notice (Debian: `sudo apt-get install -y
 * xvfb webkit2gtk-driver firefox-esr`). Serves dist/ (built first when missing). Prints
 * `N passed, N failed, N skipped`; ENGINES_JSON_OUTPUT names a file for those counts
 * (scripts/test.ts reads it); ENGINES=webkit or ENGINES=firefox runs one engine only. This is
 * WebKit's engine, not iPad Safari itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { PNG } from 'pngjs';
import { changedFraction, inkFraction, type Picture } from '../tests/e2e/pixels.ts';
import { TYPES } from '../tests/e2e/staticServer.ts';

const DIST = 'dist';
const CASE_TIMEOUT_MS = 90_000;

// ─── Which engines are here ─────────────────────────────────────────────────────────────────
function which(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function findMiniBrowser(): string | undefined {
  if (process.env['MINIBROWSER_PATH']) return process.env['MINIBROWSER_PATH'];
  for (const lib of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    if (!existsSync(lib)) continue;
    for (const dir of [lib, ...readdirSync(lib).map((d) => join(lib, d))]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = join(dir, api, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

const debVersion = (pkg: string) =>
  spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).stdout.trim() ||
  undefined;

interface Engines {
  webkit?: { driver: string; browser: string; version: string };
  firefox?: { path: string; version: string };
}

/** ENGINES=webkit, =firefox or =none runs only those (default: every engine installed). */
const wanted = (name: string) =>
  (process.env['ENGINES'] ?? 'webkit,firefox')
    .split(',')
    .map((e) => e.trim())
    .includes(name);

function findEngines(): Engines {
  const engines: Engines = {};
  if (!wanted('webkit') && !wanted('firefox')) return engines;
  const driver = process.env['WEBKIT_WEBDRIVER_PATH'] ?? which('WebKitWebDriver');
  const browser = findMiniBrowser();
  if (driver && browser && wanted('webkit'))
    engines.webkit = {
      driver,
      browser,
      version: debVersion('libwebkit2gtk-4.1-0') ?? debVersion('webkit2gtk-driver') ?? 'unknown',
    };
  const firefox = process.env['FIREFOX_PATH'] ?? which('firefox-esr') ?? which('firefox');
  if (firefox && wanted('firefox'))
    engines.firefox = {
      path: firefox,
      version: spawnSync(firefox, ['--version'], { encoding: 'utf8' }).stdout.trim() || 'unknown',
    };
  return engines;
}

// ─── A static server for dist/ that adds an error probe to every page ───────────────────────

/** Collects what a reader never sees but a test must: errors, rejections, CSP refusals. */
const PROBE = `(() => {
  const errors = (window.__engineErrors = []);
  addEventListener('error', (e) => {
    // Firefox fires error on the <link rel="modulepreload"> that Vite adds before a dynamic
    // import, although the import then loads: failed loads are caught by the server instead.
    if (e.target && e.target.rel === 'modulepreload') return;
    errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'a resource failed'));
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP refused ' + e.effectiveDirective + ' ' + e.blockedURI));
  const original = console.error;
  console.error = function (...args) { errors.push('console.error: ' + args.map(String).join(' ')); return original.apply(this, args); };
})();`;

interface SiteServer {
  origin: string;
  /** Requests answered with an error status since the last call. */
  takeFailures(): string[];
  server: Server;
}

async function serveDist(): Promise<SiteServer> {
  const root = normalize(DIST);
  let failures: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__engine-probe.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js']!, 'Cache-Control': 'no-store' }).end(PROBE);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found && !path.endsWith('.ico')) failures.push(`HTTP 404 ${path}`);
    let body: Buffer | string = readFileSync(found ? file : join(root, '404.html'));
    const type = TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream';
    // The probe goes first in <head>, before the page's own scripts (and its CSP allows it: same origin).
    if (type.startsWith('text/html'))
      body = body
        .toString('utf8')
        .replace('<head>', '<head><script src="/__engine-probe.js"></script>');
    res
      .writeHead(found ? 200 : 404, { 'Content-Type': type, 'Cache-Control': 'no-store' })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    takeFailures: () => {
      const out = failures;
      failures = [];
      return out;
    },
  };
}

// ─── One way to drive either engine ─────────────────────────────────────────────────────────
type Key = 'End' | 'Home';
interface Driver {
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
function crop(pic: Picture, [x, y, w, h]: [number, number, number, number]): Picture {
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

async function webkitDriver(engine: NonNullable<Engines['webkit']>): Promise<Driver> {
  const { Builder, Capabilities, Key: K } = await import('selenium-webdriver');
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });
  const service = spawn(engine.driver, [`--port=${port}`], { stdio: 'ignore' });
  const caps = new Capabilities();
  caps.set('browserName', 'MiniBrowser');
  caps.set('webkitgtk:browserOptions', { binary: engine.browser, args: ['--automation'] });
  let driver: Awaited<ReturnType<InstanceType<typeof Builder>['build']>> | undefined;
  for (let i = 0; i < 40 && !driver; i++) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities(caps)
        .build();
    } catch (error) {
      if (i === 39) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const d = driver!;
  await d.manage().window().setRect({ width: 1100, height: 900 });
  const keys: Record<Key, string> = { End: K.END, Home: K.HOME };
  return {
    goto: async (url) => d.get(url),
    run: async <T>(body: string) => (await d.executeScript(body)) as T,
    // WebKitWebDriver's element screenshots come back black here: crop the window's instead.
    shot: async (css) => {
      const r = (await d.executeScript(
        `const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.x, r.y, r.width, r.height, devicePixelRatio];`,
        css,
      )) as number[];
      return crop(
        decode(Buffer.from(await d.takeScreenshot(), 'base64')),
        r.map((v) => v * (r[4] ?? 1)) as [number, number, number, number],
      );
    },
    press: async (css, key) => d.findElement({ css }).sendKeys(keys[key]),
    close: async () => {
      await d.quit().catch(() => undefined);
      service.kill();
    },
  };
}

async function firefoxDriver(
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

// ─── The checks ─────────────────────────────────────────────────────────────────────────────
interface Case {
  name: string;
  path: string;
}
const CASES: Case[] = [
  { name: 'main article', path: '/articles/deep-squat-hip-rotation/' },
  { name: 'permalink', path: '/viz/deep-tight/' },
  { name: 'presenter', path: '/clinic/' },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(
  what: string,
  fn: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > end)
      throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs / 1000} s`);
    await sleep(250);
    last = await fn();
  }
  return last;
}

/** Marks the first figure and its depth slider so both engines can find them by CSS. */
const MARK = `
  const figure = document.querySelector('figure.hipviz');
  if (!figure) return 'no figure';
  figure.setAttribute('data-engine-figure', '');
  (figure.querySelector('.hipviz-joint') ?? figure).scrollIntoView({ block: 'center' });
  const sliders = [...document.querySelectorAll('input[type="range"]')];
  const depth = sliders.find((s) => figure.contains(s) && /squat depth/i.test(s.labels?.[0]?.textContent ?? '')) ??
    sliders.find((s) => /squat depth/i.test(s.labels?.[0]?.textContent ?? ''));
  if (!depth) return 'no depth slider';
  depth.setAttribute('data-engine-slider', '');
  return 'ok';`;

const STATE = `
  const figure = document.querySelector('[data-engine-figure]');
  const island = figure.closest('astro-island');
  const poster = figure.querySelector('svg.hipviz-poster');
  const box = poster ? poster.getBoundingClientRect() : null;
  const style = poster ? getComputedStyle(poster) : null;
  return {
    hydrated: !island || !island.hasAttribute('ssr'),
    status: figure.getAttribute('data-status'),
    height: figure.getBoundingClientRect().height,
    posterVisible: !!box && box.width > 100 && box.height > 50 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0,
    bend: figure.querySelector('[data-readout="flexion"] dd')?.textContent?.trim() ?? document.querySelector('[data-readout="flexion"] dd')?.textContent?.trim() ?? '',
    value: Number(document.querySelector('[data-engine-slider]').value),
    max: Number(document.querySelector('[data-engine-slider]').max),
  };`;

interface FigureState {
  hydrated: boolean;
  status: string;
  height: number;
  posterVisible: boolean;
  bend: string;
  value: number;
  max: number;
}

async function checkPage(
  driver: Driver,
  site: SiteServer,
  c: Case,
  expectWebgl: 'any' | 'none',
): Promise<{ faults: string[]; note: string }> {
  const faults: string[] = [];
  const notes: string[] = [];
  site.takeFailures();
  await driver.goto(`${site.origin}${c.path}`);
  const marked = await driver.run<string>(MARK);
  if (marked !== 'ok') return { faults: [marked], note: '' };
  const state = () => driver.run<FigureState>(STATE);
  const settled = await waitFor(
    'the figure',
    state,
    (s) => s.hydrated && /live|no-webgl/.test(s.status),
    45_000,
  );
  if (settled.height < 200) faults.push(`the figure collapsed to ${Math.round(settled.height)} px`);
  if (expectWebgl === 'none' && settled.status !== 'no-webgl')
    faults.push(`with WebGL off the figure is "${settled.status}"`);
  const live = settled.status === 'live';
  if (!live && !settled.posterVisible) faults.push('no WebGL, and the flat drawing is not visible');
  await sleep(live ? 1200 : 300);
  const before = await driver.shot('[data-engine-figure] .hipviz-joint');
  const ink = inkFraction(before);
  notes.push(settled.status, `${(ink * 100).toFixed(0)}% ink`);
  if (ink < 0.02)
    faults.push(
      `the figure's picture is blank (${(ink * 100).toFixed(1)}% ink, status ${settled.status})`,
    );

  const key: Key = settled.value >= settled.max ? 'Home' : 'End';
  await driver.press('[data-engine-slider]', key);
  const moved = await waitFor(
    'the hip-bend readout',
    state,
    (s) => s.bend !== settled.bend,
    10_000,
  ).catch((e: Error) => {
    faults.push(`the slider did not move the figure: ${e.message}`);
    return undefined;
  });
  if (moved) notes.push(`hip bend ${settled.bend} → ${moved.bend}`);
  if (moved && live) {
    await sleep(1200); // a jump glides for about half a second
    const after = await driver.shot('[data-engine-figure] .hipviz-joint');
    const changed = changedFraction(before, after);
    notes.push(`${(changed * 100).toFixed(1)}% changed by the slider`);
    if (changed < 0.003)
      faults.push(
        `the live picture did not change with the slider (${(changed * 100).toFixed(2)}% of pixels)`,
      );
  }
  const errors = await driver.run<string[]>(
    'return window.__engineErrors || ["the error probe did not run"];',
  );
  faults.push(...errors, ...site.takeFailures());
  return { faults, note: notes.join(', ') };
}

// ─── Run ────────────────────────────────────────────────────────────────────────────────────
interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms)),
  );
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  const engines = findEngines();
  const planned = CASES.length * 2 + 1;
  const finish = (): number => {
    const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    console.log(`\nOther engines: ${line}`);
    if (process.env['ENGINES_JSON_OUTPUT'])
      writeFileSync(process.env['ENGINES_JSON_OUTPUT'], JSON.stringify(totals));
    return totals.failed > 0 ? 1 : 0;
  };

  if (!engines.webkit && !engines.firefox) {
    console.log(
      'Other engines: neither WebKitGTK (WebKitWebDriver + MiniBrowser) nor Firefox is installed, so this smoke test is skipped.',
    );
    console.log('  Debian/Ubuntu: sudo apt-get install -y xvfb webkit2gtk-driver firefox-esr');
    totals.skipped = planned;
    return finish();
  }
  if (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    if (process.env['ENGINES_UNDER_XVFB'] || !which('xvfb-run')) {
      console.log(
        'Other engines: no display and no xvfb-run, so this smoke test is skipped. Debian/Ubuntu: sudo apt-get install -y xvfb',
      );
      totals.skipped = planned;
      return finish();
    }
    // Both engines need a display: run again inside a virtual one.
    const again = spawnSync(
      'xvfb-run',
      ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
        env: { ...process.env, ENGINES_UNDER_XVFB: '1' },
      },
    );
    return again.status ?? 1;
  }

  if (!existsSync(join(DIST, 'index.html'))) {
    console.log('Other engines: building the site first…');
    if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) {
      totals.failed = 1;
      return finish();
    }
  }
  const site = await serveDist();
  const cases = CASES.filter((c) => existsSync(join(DIST, c.path, 'index.html')));
  for (const c of CASES.filter((c) => !cases.includes(c))) {
    console.log(`  - ${c.name} (${c.path}) is not in this build: skipped`);
    totals.skipped += 2;
  }

  const runEngine = async (
    label: string,
    open: () => Promise<Driver>,
    list: Case[],
    expectWebgl: 'any' | 'none' = 'any',
  ) => {
    let driver: Driver | undefined;
    try {
      driver = await withTimeout(open(), 60_000, `starting ${label}`);
    } catch (error) {
      console.log(`✗ ${label} did not start: ${(error as Error).message.split('\n')[0]}`);
      totals.failed += list.length;
      return;
    }
    for (const c of list) {
      const t0 = Date.now();
      try {
        const { faults, note } = await withTimeout(
          checkPage(driver, site, c, expectWebgl),
          CASE_TIMEOUT_MS,
          c.name,
        );
        const took = `${((Date.now() - t0) / 1000).toFixed(1)} s; ${note}`;
        if (faults.length === 0) {
          totals.passed += 1;
          console.log(`  ✓ ${label} › ${c.name} ${c.path} (${took})`);
        } else {
          totals.failed += 1;
          console.log(
            `  ✗ ${label} › ${c.name} ${c.path} (${took})\n      ${faults.join('\n      ')}`,
          );
        }
      } catch (error) {
        totals.failed += 1;
        console.log(
          `  ✗ ${label} › ${c.name} ${c.path}: ${(error as Error).message.split('\n')[0]}`,
        );
      }
    }
    await driver.close().catch(() => undefined);
  };

  if (engines.webkit) {
    console.log(`\nWebKitGTK ${engines.webkit.version} (MiniBrowser via WebKitWebDriver)`);
    await runEngine('WebKit', () => webkitDriver(engines.webkit!), cases);
  } else {
    console.log(
      '\nWebKitGTK: not installed (Debian: webkit2gtk-driver), or left out by ENGINES: skipped',
    );
    totals.skipped += cases.length;
  }
  if (engines.firefox) {
    console.log(`\n${engines.firefox.version} (puppeteer-core over WebDriver BiDi)`);
    await runEngine('Firefox', () => firefoxDriver(engines.firefox!), cases);
    const permalink = cases.find((c) => c.name === 'permalink');
    if (permalink)
      await runEngine(
        'Firefox without WebGL',
        () => firefoxDriver(engines.firefox!, { 'webgl.disabled': true }),
        [{ ...permalink, name: 'permalink falls back to its drawing' }],
        'none',
      );
  } else {
    console.log('\nFirefox: not installed (Debian: firefox-esr), or left out by ENGINES: skipped');
    totals.skipped += cases.length + 1;
  }
  site.server.close();
  return finish();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
