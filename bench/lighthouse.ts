/**
 * One Lighthouse run of a URL with the mobile (default) or desktop preset, through its CLI in a
 * child process (a fresh Chrome each run, as Lighthouse advises), reduced to the numbers the
 * benchmark reports.
 */
import { spawnSync } from 'node:child_process';
import { median } from './stats.ts';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}
export type Preset = 'mobile' | 'desktop';

export function lighthouse(
  url: string,
  preset: Preset,
  chromePath: string,
): LighthouseRun | { error: string } {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--max-wait-for-load=60000',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromePath },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  try {
    const lhr = JSON.parse(result.stdout) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
      runtimeError?: { message: string };
    };
    if (lhr.runtimeError) return { error: lhr.runtimeError.message };
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } catch {
    return { error: (result.stderr || `exit ${result.status}`).slice(0, 300) };
  }
}

/** The median of each number over several runs. */
export function medianRun(rs: LighthouseRun[]): LighthouseRun {
  return {
    performance: median(rs.map((r) => r.performance)),
    accessibility: median(rs.map((r) => r.accessibility)),
    bestPractices: median(rs.map((r) => r.bestPractices)),
    seo: median(rs.map((r) => r.seo)),
    lcpMs: median(rs.map((r) => r.lcpMs)),
    cls: median(rs.map((r) => r.cls)),
    tbtMs: median(rs.map((r) => r.tbtMs)),
  };
}
