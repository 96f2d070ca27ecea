/**
 * The reader's own hip: given a measured seated internal rotation (hip and
 * knee at 90°), find the posteriorCapsuleTightness t for which the model's
 * passive internal rotation at 90° equals it, holding the bone shape as given.
 * IR90(t) falls monotonically with t while the capsule is the limit, so a
 * fixed 24-step bisection over the tightness range finds it. This ASSUMES the
 * capsule is what stops rotation: if the bone stops it first, no tightness can
 * raise the rotation and t is left at its lower bound. Results are cached.
 */

import { buildContext } from './geometry.ts';
import type { ResolvedParameters } from './parameters.ts';
import { PARAMETER_RANGES, parameterKey } from './parameters.ts';
import { passiveInternalRotationAt90 } from './limits.ts';

const cache = new Map<string, number>();

export function solveCapsuleTightness(p: ResolvedParameters, targetDeg: number): number {
  const key = parameterKey({
    ...p,
    posteriorCapsuleTightness: 1,
    seatedInternalRotationDeg: targetDeg,
  });
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const range = PARAMETER_RANGES.posteriorCapsuleTightness;
  const ir = (t: number) =>
    passiveInternalRotationAt90(buildContext({ ...p, posteriorCapsuleTightness: t }));
  let lo = range.min;
  let hi = range.max;
  let t: number;
  if (ir(lo) <= targetDeg) t = lo;
  else if (ir(hi) >= targetDeg) t = hi;
  else {
    for (let i = 0; i < 24; i++) {
      const m = 0.5 * (lo + hi);
      if (ir(m) > targetDeg) lo = m;
      else hi = m;
    }
    t = 0.5 * (lo + hi);
  }
  if (cache.size > 64) cache.clear();
  cache.set(key, t);
  return t;
}

/** Parameters with the tightness solved from seatedInternalRotationDeg, when it is given. */
export function withSeatedCalibration(p: ResolvedParameters): ResolvedParameters {
  if (p.seatedInternalRotationDeg === undefined) return p;
  return { ...p, posteriorCapsuleTightness: solveCapsuleTightness(p, p.seatedInternalRotationDeg) };
}
