/**
 * `npm run bench`: the site's own benchmark, with the budgets of issue 8. Not part of `npm test`.
 *
 * Builds the site, serves it on a free port (scripts/siteServer.ts), and measures one page of each kind (home, the
 * main article, a permalink, an embed and the presenter, when they exist):
 * - Lighthouse, mobile and desktop presets: the four category scores, LCP, CLS and TBT, each
 *   the median of BENCH_RUNS runs (default 5; these machines are noisy);
 * - JavaScript bytes (raw and gzip) loaded before any figure nears the viewport, and after
 *   every figure on the page has hydrated (headless Chromium, scrolled through);
 * - frames the figure draws during 2 idle seconds, and key press → next drawn frame (median of
 *   50 presses), counted by the tests' own WebGL counter (tests/e2e/webgl.ts);
 * - solveHip and rangeOfMotion median times (scripts/bench-model.ts).
 * Writes bench/results/latest.json and latest.md; `npm run bench -- --baseline` also writes
 * baseline.json and baseline.md, which are committed and which latest.md compares against.
 *
 * Environment: BENCH_RUNS (Lighthouse runs per page and preset), CHROME_PATH (Chromium for
 * Lighthouse; else the browser the tests use), BENCH_SKIP_BUILD=1 (measure the dist/ as it is),
 * BENCH_COMMIT (what to call the source, when not in a git checkout).
 * Run with the project's Node 22: `npm run bench` (or `npx node scripts/bench.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { measureInBrowser, type BrowserFigures } from '../bench/browser.ts';
import { lighthouse, medianRun, type LighthouseRun, type Preset } from '../bench/lighthouse.ts';
import {
  BUDGET,
  budgetChecks,
  markdown,
  type BenchResult,
  type PageResult,
} from '../bench/report.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';
import { startSiteServer } from './siteServer.ts';

const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));
const OUT = 'bench/results';
const started = Date.now();
const writeBaseline = process.argv.includes('--baseline');

// ─── Pages ──────────────────────────────────────────────────────────────────────────────────
interface PageType {
  kind: 'home' | 'article' | 'permalink' | 'embed' | 'clinic';
  path: string;
}
const CANDIDATES: PageType[] = [
  { kind: 'home', path: '/' },
  { kind: 'article', path: '/articles/deep-squat-hip-rotation/' },
  { kind: 'permalink', path: '/viz/deep-tight/' },
  { kind: 'embed', path: '/embed/deep-tight/' },
  { kind: 'clinic', path: '/clinic/' },
];
const built = (path: string) => existsSync(`dist${path}index.html`);

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
function log(message: string): void {
  console.log(`[bench ${seconds(Date.now() - started).padStart(6)}] ${message}`);
}

// ─── The model ──────────────────────────────────────────────────────────────────────────────
function benchModel(): Record<string, number> {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/bench-model.ts'],
    { encoding: 'utf8' },
  );
  const out: Record<string, number> = {};
  for (const line of result.stdout.split('\n')) {
    const m = /^(.+?)\s+median ([\d.]+) ms/.exec(line);
    if (m) out[m[1]!.trim()] = Number(m[2]);
  }
  return out;
}

// ─── Run ────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = Date.now();
    log(`${name}…`);
    const value = await fn();
    phases[name] = (Date.now() - t0) / 1000;
    return value;
  };
  const load = loadavg();
  const chromePath = process.env['CHROME_PATH'] ?? findChromium();
  if (!chromePath)
    throw new Error('No Chromium: set CHROME_PATH (Debian: sudo apt-get install -y chromium).');

  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    await phase('build', () => {
      const b = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
      if (b.status !== 0) throw new Error('the build failed');
    });
  }
  const pages = CANDIDATES.filter((p) => built(p.path));
  log(`pages: ${pages.map((p) => `${p.kind} ${p.path}`).join(', ')}; Lighthouse runs: ${RUNS}`);
  const server = await startSiteServer({ root: 'dist' });
  const origin = server.url;

  try {
    const browserFigures = await phase('browser', async () => {
      const executablePath = findChromium();
      const browser = await chromium.launch({
        args: CHROMIUM_ARGS,
        ...(executablePath ? { executablePath } : {}),
      });
      const out: Record<string, BrowserFigures> = {};
      for (const p of pages) {
        log(`  ${p.kind}: JavaScript, frames, key → frame`);
        out[p.kind] = await measureInBrowser(browser, `${origin}${p.path}`);
      }
      const version = browser.version();
      await browser.close();
      return { out, version };
    });

    const model = await phase('model', () => benchModel());

    // Runs interleaved (page by page, preset by preset, then again), so that a noisy minute
    // spreads over every page instead of sinking one.
    const runs: Record<string, Record<Preset, { runs: LighthouseRun[]; errors: string[] }>> = {};
    for (const p of pages)
      runs[p.kind] = { mobile: { runs: [], errors: [] }, desktop: { runs: [], errors: [] } };
    await phase('lighthouse', async () => {
      for (let i = 0; i < RUNS; i++)
        for (const p of pages)
          for (const preset of ['mobile', 'desktop'] as const) {
            const r = await lighthouse(`${origin}${p.path}`, preset, chromePath);
            const slot = runs[p.kind]![preset];
            if ('error' in r) slot.errors.push(r.error);
            else slot.runs.push(r);
            log(
              `  lighthouse ${i + 1}/${RUNS} ${p.kind} ${preset}: ${'error' in r ? `error ${r.error}` : `perf ${r.performance}, a11y ${r.accessibility}, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)}`}`,
            );
          }
    });

    const results: PageResult[] = pages.map((p) => ({
      kind: p.kind,
      path: p.path,
      lighthouse: {
        mobile: { median: medianRun(runs[p.kind]!.mobile.runs), ...runs[p.kind]!.mobile },
        desktop: { median: medianRun(runs[p.kind]!.desktop.runs), ...runs[p.kind]!.desktop },
      },
      browser: browserFigures.out[p.kind]!,
    }));

    // BENCH_COMMIT names the source when the bench runs on a copy outside the repository.
    const commit =
      process.env['BENCH_COMMIT'] ??
      (spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() ||
        'unknown');
    const dirty =
      !process.env['BENCH_COMMIT'] &&
      spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout.trim()
        ? '+changes'
        : '';
    const result: BenchResult = {
      date: new Date().toISOString(),
      commit: `${commit}${dirty}`,
      machine: { cpus: cpus().length, loadAverageAtStart: load, chromium: browserFigures.version },
      lighthouseRuns: RUNS,
      budgets: BUDGET,
      pages: results,
      model,
      checks: budgetChecks(results),
      durationSeconds: (Date.now() - started) / 1000,
      phases,
    };
    mkdirSync(OUT, { recursive: true });
    const baselinePath = `${OUT}/baseline.json`;
    const baseline =
      !writeBaseline && existsSync(baselinePath)
        ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as BenchResult)
        : undefined;
    const md = markdown(result, baseline);
    writeFileSync(`${OUT}/latest.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${OUT}/latest.md`, md);
    if (writeBaseline) {
      writeFileSync(baselinePath, `${JSON.stringify(result, null, 2)}\n`);
      writeFileSync(`${OUT}/baseline.md`, md);
    }
    console.log(`\n${md}`);
    const failed = result.checks.filter((c) => !c.pass).length;
    log(
      `wrote ${OUT}/latest.json and latest.md${writeBaseline ? ', baseline.json and baseline.md' : ''}; ${result.checks.length - failed} budgets met, ${failed} not; ${seconds(Date.now() - started)} in all`,
    );
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
