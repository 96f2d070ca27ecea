/**
 * `npm test`: type check, lint, formatting, unit tests and the production build, then the
 * browser tests and the other engines, with one closing line that totals every suite:
 * `N passed, N failed, N skipped`.
 *
 * The first five run in two lanes side by side (build then type check; unit tests, lint,
 * formatting), so that a two-core machine finishes them in about the time of the longer lane
 * rather than of all five. Each step's output is held and printed whole when it ends, so the
 * two lanes never interleave their lines. The build goes first in its lane because it writes
 * the generated types (`astro sync`) that the type check reads; the type check then skips its
 * own sync, so the two never write `.astro/` at once.
 *
 * Type check, lint and build are not test suites, but when one fails the run has failed:
 * each failing step counts as one failed check, so the totals line never reads as green.
 * Run from npm so that the project's Node 22 is first on the PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from '../tests/browser.ts';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
/** How long each step took, printed before the totals (the README quotes a run's). */
const timings: string[] = [];
const begun = Date.now();
const reportDir = 'test-results/reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

/** Runs a step with its output straight to the terminal (the long suites, one at a time). */
function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return finished(label, started, result.status, result.signal);
}

/** Runs a step beside others: its output is held and printed whole once it ends. */
function runHeld(label: string, command: string, args: string[]): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Tools that colour only a terminal's output keep their colours in the held copy.
      env: {
        ...process.env,
        FORCE_COLOR: process.env['FORCE_COLOR'] ?? (process.stdout.isTTY ? '1' : '0'),
      },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    const done = (status: number | null, signal: NodeJS.Signals | null) => {
      console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(chunks));
      resolve(finished(label, started, status, signal));
    };
    child.on('error', (err) => {
      chunks.push(Buffer.from(`${err.message}\n`));
      done(null, null);
    });
    child.on('close', done);
  });
}

function finished(
  label: string,
  started: number,
  status: number | null,
  signal: NodeJS.Signals | null,
): boolean {
  const ok = status === 0;
  const took = `${Math.round((Date.now() - started) / 1000)} s`;
  timings.push(`${label} ${took}`);
  if (!ok) console.log(`✗ ${label} failed (exit ${status ?? signal}, ${took})`);
  return ok;
}

/** A step that is not a suite: when it fails, it counts as one failed check. */
function counted(ok: boolean): boolean {
  if (!ok) totals.failed += 1;
  return ok;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Adds a suite's counts; a suite that crashed before reporting counts as one failure. */
function addSuite(label: string, counts: Totals | undefined, exitedOk: boolean): void {
  if (!counts) {
    console.log(`✗ ${label} wrote no report`);
    totals.failed += 1;
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!exitedOk && counts.failed === 0) totals.failed += 1;
}

// The tests build for this machine's own address; a build for the public says where it lives
// (SITE_URL), and without it warns loudly (scripts/siteUrl.ts).
process.env['SITE_URL'] ??= 'http://127.0.0.1:4321/';

const unitReport = `${reportDir}/unit.json`;
const [built, unitOk] = await Promise.all([
  (async () => {
    const ok = counted(await runHeld('Production build', 'npx', ['astro', 'build']));
    // The build has just written the generated types; after a failed build the check makes its own.
    counted(await runHeld('Type check', 'npx', ['astro', 'check', ...(ok ? ['--noSync'] : [])]));
    return ok;
  })(),
  (async () => {
    const ok = await runHeld('Unit tests', 'npx', [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ]);
    counted(await runHeld('Lint', 'npx', ['eslint', '.']));
    counted(await runHeld('Formatting', 'npx', ['prettier', '--check', '.']));
    return ok;
  })(),
]);
console.log(`\nChecks and build took ${Math.round((Date.now() - begun) / 1000)} s`);

const unit = readJson(unitReport) as
  | {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    }
  | undefined;
addSuite(
  'Unit tests',
  unit && {
    passed: unit.numPassedTests,
    failed: unit.numFailedTests,
    skipped: unit.numPendingTests + unit.numTodoTests,
  },
  unitOk,
);

const browser = findChromium();
if (!built) {
  console.log('\n✗ Browser tests not run: the build failed.');
} else if (!browser) {
  console.log(
    '\n✗ Browser tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
      '  Elsewhere:     npx playwright install chromium\n' +
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  totals.failed += 1;
} else {
  const e2eReport = `${reportDir}/e2e.json`;
  console.log(`\nBrowser: ${browser}`);
  const e2eOk = run('Browser tests', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: e2eReport });
  const e2e = readJson(e2eReport) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  addSuite(
    'Browser tests',
    e2e && {
      passed: e2e.stats.expected,
      failed: e2e.stats.unexpected + e2e.stats.flaky,
      skipped: e2e.stats.skipped,
    },
    e2eOk,
  );
}

// Other engines (WebKitGTK, Firefox ESR): a smoke test that counts its cases as skipped, with a
// notice, on a machine without them (scripts/test-engines.ts).
if (built) {
  const enginesReport = `${reportDir}/engines.json`;
  const enginesOk = run('Other engines', process.execPath, ['scripts/test-engines.ts'], {
    ENGINES_JSON_OUTPUT: enginesReport,
  });
  addSuite('Other engines', readJson(enginesReport) as Totals | undefined, enginesOk);
}

console.log(`\nTook ${Math.round((Date.now() - begun) / 1000)} s: ${timings.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
