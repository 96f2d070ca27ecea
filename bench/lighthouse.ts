/**
 * One Lighthouse run of a URL with the mobile (default) or desktop preset, through its CLI in a
 * child process (a fresh Chrome each run, as Lighthouse advises), reduced to the numbers the
 * benchmark reports.
 */
import { spawn } from 'node:child_process';
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

/** Runs without blocking this process, which may be the one serving the site (scripts/siteServer.ts). */
export async function lighthouse(
  url: string,
  preset: Preset,
  chromePath: string,
): Promise<LighthouseRun | { error: string }> {
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
  const result = await new Promise<{ stdout: string; stderr: string; status: number | null }>(
    (resolve) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (status) => resolve({ stdout, stderr, status }));
      child.on('error', (error) => resolve({ stdout, stderr: error.message, status: null }));
    },
  );
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
