/** The benchmark's budgets (issue 8), its result's shape, and the markdown table. */
import type { BrowserFigures } from './browser.ts';
import type { LighthouseRun, Preset } from './lighthouse.ts';
import { kb } from './stats.ts';

export const BUDGET = {
  articleMobilePerformance: 98,
  accessibility: 100,
  cls: 0,
  jsBeforeFigureBytes: 0,
  jsHydratedGzipKB: 280,
  idleFrames: 0,
  // Issue 15: the pages shared links open (permalink, embed, presenter) and the home page.
  otherMobilePerformance: 95,
  otherTbtMs: 200,
  shareJsBeforeTouchGzipKB: 40,
};

export interface PageResult {
  kind: 'home' | 'article' | 'permalink' | 'embed' | 'clinic';
  path: string;
  lighthouse: Record<Preset, { median: LighthouseRun; runs: LighthouseRun[]; errors: string[] }>;
  browser: BrowserFigures;
}
export interface BenchResult {
  date: string;
  commit: string;
  machine: { cpus: number; loadAverageAtStart: number[]; chromium: string };
  lighthouseRuns: number;
  budgets: typeof BUDGET;
  pages: PageResult[];
  model: Record<string, number>;
  checks: { what: string; measured: string; budget: string; pass: boolean }[];
  durationSeconds: number;
  phases: Record<string, number>;
}

export function budgetChecks(pages: PageResult[]): BenchResult['checks'] {
  const checks: BenchResult['checks'] = [];
  for (const p of pages) {
    const m = p.lighthouse.mobile.median;
    const d = p.lighthouse.desktop.median;
    if (p.kind === 'article') {
      checks.push({
        what: `${p.path} mobile performance`,
        measured: String(m.performance),
        budget: `≥ ${BUDGET.articleMobilePerformance}`,
        pass: m.performance >= BUDGET.articleMobilePerformance,
      });
      const before = Math.max(p.browser.jsBeforePhone.gzip, p.browser.jsBeforeDesktop.gzip);
      checks.push({
        what: `${p.path} JS before a figure nears the viewport (gzip, phone / desktop)`,
        measured: `${kb(p.browser.jsBeforePhone.gzip)} / ${kb(p.browser.jsBeforeDesktop.gzip)} KB`,
        budget: 'none',
        pass: before <= BUDGET.jsBeforeFigureBytes,
      });
      checks.push({
        what: `${p.path} JS with every figure hydrated (gzip)`,
        measured: `${kb(p.browser.jsHydrated.gzip)} KB`,
        budget: `≤ ${BUDGET.jsHydratedGzipKB} KB`,
        pass: kb(p.browser.jsHydrated.gzip) <= BUDGET.jsHydratedGzipKB,
      });
    }
    if (p.kind !== 'article') {
      checks.push({
        what: `${p.path} mobile performance`,
        measured: String(m.performance),
        budget: `≥ ${BUDGET.otherMobilePerformance}`,
        pass: m.performance >= BUDGET.otherMobilePerformance,
      });
      checks.push({
        what: `${p.path} total blocking time, mobile`,
        measured: `${Math.round(m.tbtMs)} ms`,
        budget: `≤ ${BUDGET.otherTbtMs} ms`,
        pass: m.tbtMs <= BUDGET.otherTbtMs,
      });
    }
    if (p.kind === 'permalink' || p.kind === 'embed' || p.kind === 'clinic')
      checks.push({
        what: `${p.path} JS before the first touch, phone (gzip)`,
        measured: `${kb(p.browser.jsBeforePhone.gzip)} KB`,
        budget: `≤ ${BUDGET.shareJsBeforeTouchGzipKB} KB`,
        pass: kb(p.browser.jsBeforePhone.gzip) <= BUDGET.shareJsBeforeTouchGzipKB,
      });
    // Every page type: nothing moves as it loads.
    checks.push({
      what: `${p.path} CLS (mobile, desktop)`,
      measured: `${m.cls.toFixed(3)}, ${d.cls.toFixed(3)}`,
      budget: '0',
      pass: m.cls <= BUDGET.cls && d.cls <= BUDGET.cls,
    });
    checks.push({
      what: `${p.path} accessibility (mobile, desktop)`,
      measured: `${m.accessibility}, ${d.accessibility}`,
      budget: String(BUDGET.accessibility),
      pass: m.accessibility >= BUDGET.accessibility && d.accessibility >= BUDGET.accessibility,
    });
    if (p.browser.idleFrames !== null)
      checks.push({
        what: `${p.path} frames drawn in 2 idle seconds`,
        measured: String(p.browser.idleFrames),
        budget: String(BUDGET.idleFrames),
        pass: p.browser.idleFrames <= BUDGET.idleFrames,
      });
  }
  return checks;
}

export function fmt(n: number | null, digits = 0): string {
  if (n === null || !Number.isFinite(n)) return '–';
  return n.toFixed(digits);
}

export function markdown(r: BenchResult, baseline: BenchResult | undefined): string {
  const lines: string[] = [];
  const base = (kind: string) => baseline?.pages.find((p) => p.kind === kind);
  const vs = (now: number, was: number | undefined, digits = 0) =>
    was === undefined || !Number.isFinite(was) || was === now ? '' : ` (${fmt(was, digits)})`;
  lines.push(`# Benchmark — ${r.date.slice(0, 10)}, commit ${r.commit}`);
  lines.push('');
  lines.push(
    `Lighthouse ${r.lighthouseRuns} run(s) per page and preset, medians; ${r.machine.cpus} CPU cores, load average ${r.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at the start; took ${Math.round(r.durationSeconds / 60)} min ${Math.round(r.durationSeconds % 60)} s. Browser figures from headless ${r.machine.chromium} with WebGL in software (SwiftShader), so frame times are the CPU's, not a GPU's.${baseline ? ` In brackets: the baseline (${baseline.date.slice(0, 10)}, ${baseline.commit}) where it differs.` : ''}`,
  );
  lines.push('');
  lines.push('## Budgets');
  lines.push('');
  lines.push('| check | measured | budget | |');
  lines.push('| --- | --- | --- | --- |');
  for (const c of r.checks)
    lines.push(`| ${c.what} | ${c.measured} | ${c.budget} | ${c.pass ? 'pass' : '**FAIL**'} |`);
  lines.push('');
  lines.push('## Lighthouse (median)');
  lines.push('');
  lines.push(
    '| page | preset | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of r.pages)
    for (const preset of ['mobile', 'desktop'] as const) {
      const m = p.lighthouse[preset].median;
      const b = base(p.kind)?.lighthouse[preset].median;
      const errors = p.lighthouse[preset].errors.length
        ? ` (${p.lighthouse[preset].errors.length} failed run(s))`
        : '';
      lines.push(
        `| ${p.kind} \`${p.path}\` | ${preset}${errors} | ${m.performance}${vs(m.performance, b?.performance)} | ${m.accessibility}${vs(m.accessibility, b?.accessibility)} | ${m.bestPractices}${vs(m.bestPractices, b?.bestPractices)} | ${m.seo}${vs(m.seo, b?.seo)} | ${fmt(m.lcpMs)}${vs(Math.round(m.lcpMs), b && Math.round(b.lcpMs))} | ${m.cls.toFixed(3)} | ${fmt(m.tbtMs)}${vs(Math.round(m.tbtMs), b && Math.round(b.tbtMs))} |`,
      );
    }
  lines.push('');
  lines.push('## JavaScript and frames (headless Chromium)');
  lines.push('');
  lines.push(
    '| page | figures | JS before a figure is near, phone (raw / gzip KB) | same, desktop | JS with every figure hydrated (raw / gzip / brotli KB) | frames in 2 idle s | key → drawn frame, median ms |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of r.pages) {
    const b = p.browser;
    const was = base(p.kind)?.browser;
    lines.push(
      `| ${p.kind} | ${b.figures} | ${kb(b.jsBeforePhone.raw)} / ${kb(b.jsBeforePhone.gzip)} | ${kb(b.jsBeforeDesktop.raw)} / ${kb(b.jsBeforeDesktop.gzip)} | ${kb(b.jsHydrated.raw)} / ${kb(b.jsHydrated.gzip)} / ${kb(b.jsHydrated.brotli)}${vs(kb(b.jsHydrated.gzip), was && kb(was.jsHydrated.gzip), 1)} | ${fmt(b.idleFrames)} | ${fmt(b.keyToFrameMs, 1)}${b.keyPresses && b.keyPresses < 50 ? ` (${b.keyPresses} of 50 presses drew)` : ''} |`,
    );
  }
  const article = r.pages.find((p) => p.kind === 'article') ?? r.pages[0];
  if (article) {
    lines.push('');
    lines.push(
      `Files behind "every figure hydrated" on \`${article.path}\` (gzip KB): ${article.browser.jsHydrated.files.map((f) => `${f.file.replace(/^\/_astro\//, '')} ${kb(f.gzip)}`).join(', ')}.`,
    );
    if (article.browser.jsBeforeDesktop.files.length)
      lines.push(
        `Loaded before any figure is near (desktop): ${article.browser.jsBeforeDesktop.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}.`,
      );
  }
  lines.push('');
  lines.push('## Model (median per call)');
  lines.push('');
  lines.push('| function | ms |');
  lines.push('| --- | --- |');
  for (const [name, ms] of Object.entries(r.model))
    lines.push(`| ${name} | ${ms.toFixed(3)}${vs(ms, baseline?.model[name], 3)} |`);
  lines.push('');
  lines.push(
    `Phases: ${Object.entries(r.phases)
      .map(([k, v]) => `${k} ${Math.round(v)} s`)
      .join(', ')}.`,
  );
  lines.push('');
  return lines.join('\n');
}
