/**
 * `npm test`: type check, lint, unit tests, production build, browser tests, other engines — in that order,
 * with one closing line that totals every suite: `N passed, N failed, N skipped`.
 *
 * Type check, lint and build are not test suites, but when one fails the run has failed:
 * each failing step counts as one failed check, so the totals line never reads as green.
 * Run from npm so that the project's Node 22 is first on the PATH.
 */
import { spawnSync } from 'node:child_process';
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

function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  const took = `${Math.round((Date.now() - started) / 1000)} s`;
  timings.push(`${label} ${took}`);
  if (!ok) console.log(`✗ ${label} failed (exit ${result.status ?? result.signal}, ${took})`);
  return ok;
}

function step(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
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

step('Type check', 'npx', ['astro', 'check']);
step('Lint', 'npx', ['eslint', '.']);
step('Formatting', 'npx', ['prettier', '--check', '.']);

const unitReport = `${reportDir}/unit.json`;
const unitOk = run('Unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
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

// The tests build for this machine's own address; a build for the public says where it lives
// (SITE_URL), and without it warns loudly (scripts/siteUrl.ts).
process.env['SITE_URL'] ??= 'http://127.0.0.1:4321/';
const built = step('Production build', 'npx', ['astro', 'build']);
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
