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
 * The parts: scripts/engines/find.ts (which engines are here), drivers.ts (driving each),
 * checks.ts (what is checked on a page); this file runs them and counts.
 * Firefox also opens the permalink with WebGL switched off, to see the fallback in a second engine.
 *
 * Both engines need a display: without one the script runs itself again under `xvfb-run -a`.
 * An engine that is not installed is skipped with a notice (Debian: `sudo apt-get install -y
 * xvfb webkit2gtk-driver firefox-esr`). Serves dist/ (built first when missing). Prints
 * `N passed, N failed, N skipped`; ENGINES_JSON_OUTPUT names a file for those counts
 * (scripts/test.ts reads it); ENGINES=webkit or ENGINES=firefox runs one engine only. This is
 * WebKit's engine, not iPad Safari itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteServer } from './siteServer.ts';
import { CASES, PROBE, PROBE_PATH, checkPage, type Case } from './engines/checks.ts';
import { firefoxDriver, webkitDriver, type Driver } from './engines/drivers.ts';
import { findEngines, which } from './engines/find.ts';
import { withTimeout } from './engines/wait.ts';

const DIST = 'dist';
const CASE_TIMEOUT_MS = 90_000;

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

/** Serves dist/ with the error probe first in every page (its CSP allows it: same origin). */
async function serveWithProbe() {
  let failures: string[] = [];
  const server = await startSiteServer({
    root: DIST,
    head: `<script src="${PROBE_PATH}"></script>`,
    extra: { [PROBE_PATH]: { type: 'text/javascript; charset=utf-8', body: PROBE } },
    onRequest: (path, status) => {
      if (status >= 400 && !path.endsWith('.ico')) failures.push(`HTTP ${status} ${path}`);
    },
  });
  const takeFailures = () => {
    const out = failures;
    failures = [];
    return out;
  };
  return { server, takeFailures };
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
  const { server, takeFailures } = await serveWithProbe();
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
          checkPage(driver, server.url, takeFailures, c, expectWebgl),
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
  await server.close();
  return finish();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
