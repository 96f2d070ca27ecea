/**
 * Median time of solveHip and rangeOfMotion. Run with:
 *   npm run bench:model
 * Each solveHip call uses a fresh depth (as a slider would); rangeOfMotion is
 * timed with varying anatomy so its geometry cache does not hide the work.
 */
import { median } from '../bench/stats.ts';
import { rangeOfMotion, solveHip } from '../src/model/index.ts';

function time(fn: (i: number) => unknown, runs: number, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn(i);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    t.push(performance.now() - t0);
  }
  return median(t);
}

const cases = [
  ['solveHip (typical, compensate on)', (i: number) => solveHip({ squatDepth: (i % 97) / 96 })],
  [
    'solveHip (typical, compensate off)',
    (i: number) => solveHip({ squatDepth: (i % 97) / 96, compensate: false }),
  ],
  [
    'solveHip (cam 70°, compensate on)',
    (i: number) => solveHip({ squatDepth: (i % 97) / 96, params: { alphaAngleDeg: 70 } }),
  ],
  [
    'solveHip (tight capsule 2, compensate on)',
    (i: number) =>
      solveHip({ squatDepth: (i % 97) / 96, params: { posteriorCapsuleTightness: 2 } }),
  ],
  [
    'solveHip (seated IR 15°, compensate on)',
    (i: number) =>
      solveHip({ squatDepth: (i % 97) / 96, params: { seatedInternalRotationDeg: 15 } }),
  ],
  [
    'rangeOfMotion (fresh anatomy)',
    (i: number) => rangeOfMotion({ alphaAngleDeg: 45 + (i % 40) * 0.5 }),
  ],
] as const;

for (const [name, fn] of cases) {
  const runs = name.startsWith('range') ? 60 : 400;
  console.log(`${name.padEnd(44)} median ${time(fn, runs).toFixed(3)} ms`);
}
