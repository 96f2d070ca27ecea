/**
 * End-of-range searches. A motion stops where either
 *   - any capsule fibre becomes taut, i.e. leaves the toe region of its
 *     tension law (ε = 2ε_l = 6%), where the resistance stiffens sharply and
 *     an examiner feels the capsular end-feel, or
 *   - clearance between femur and rim/labrum reaches `clearanceStopMm` (0 for
 *     range of motion; a small margin when a squatting body chooses where to
 *     stop).
 * The stop function g = min(capsule margin scaled to mm, clearance) is found by
 * bisection with a fixed iteration count: results are deterministic and
 * continuous to ~1e-4°.
 */

import type { ModelContext } from './geometry.ts';
import { TOE_STRAIN, fibreLengths } from './capsule.ts';
import { minClearance } from './clearance.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { hipMatrix } from './vec.ts';

/** A fibre is taut (end of range) when it leaves the toe region: ε = 2 ε_l. */
export const STOP_STRAIN = 2 * TOE_STRAIN;
/** Scale turning a strain margin into mm so it can share a root with clearance (1% ≈ 1 mm). */
const STRAIN_TO_MM = 100;

export interface StopOptions {
  headCentreMm: Vec3;
  clearanceStopMm: number;
  /** Use the fine rim samples (slower). */
  fine?: boolean;
  /** Ignore contact (capsule-only range). */
  capsuleOnly?: boolean;
  /** Ignore the capsule (contact-only range). */
  contactOnly?: boolean;
  /** Contact with bone only: the labrum is allowed to deform (passive range of motion). */
  boneOnly?: boolean;
}

const scratch = new Float64Array(64);
const scratchAhead = new Float64Array(64);
const AHEAD_DEG = 0.5;

/**
 * Largest strain among the fibres that the motion is stretching at x (a
 * fibre the motion slackens cannot stop it), for the pose generator poseAt.
 */
export function maxStretchingStrain(ctx: ModelContext, poseAt: (x: number) => Mat3, x: number, c: Vec3): number {
  const { fibres } = ctx;
  fibreLengths(fibres, poseAt(x), c, ctx.wrapRadiusMm, scratch);
  fibreLengths(fibres, poseAt(x + AHEAD_DEG), c, ctx.wrapRadiusMm, scratchAhead);
  let worst = -1;
  for (let i = 0; i < fibres.length; i++) {
    const fb = fibres[i];
    const L = scratch[i] ?? 0;
    if (!fb || (scratchAhead[i] ?? 0) <= L) continue;
    const e = L / fb.slackLengthMm - 1;
    if (e > worst) worst = e;
  }
  return worst;
}

/** Largest fibre strain for femur rotation M and head centre c. */
export function maxFibreStrain(ctx: ModelContext, M: Mat3, c: Vec3): number {
  const { fibres } = ctx;
  fibreLengths(fibres, M, c, ctx.wrapRadiusMm, scratch);
  let worst = -Infinity;
  for (let i = 0; i < fibres.length; i++) {
    const fb = fibres[i];
    if (!fb) continue;
    const e = (scratch[i] ?? 0) / fb.slackLengthMm - 1;
    if (e > worst) worst = e;
  }
  return worst;
}

/** Stop function along a motion poseAt(x): > 0 free, < 0 stopped. */
export function stopValue(ctx: ModelContext, poseAt: (x: number) => Mat3, x: number, o: StopOptions): number {
  const capsule = o.contactOnly
    ? Infinity
    : (STOP_STRAIN - maxStretchingStrain(ctx, poseAt, x, o.headCentreMm)) * STRAIN_TO_MM;
  if (o.capsuleOnly) return capsule;
  const rims = o.boneOnly ? ctx.bonesFine : o.fine ? ctx.rimsFine : ctx.rimsCoarse;
  const clear = minClearance(ctx.femur, rims, poseAt(x), o.headCentreMm) - o.clearanceStopMm;
  return Math.min(capsule, clear);
}

/**
 * Boundary of the free range through x0 along increasing x: if x0 is free,
 * the first stop above it; if x0 is already stopped, the last free point
 * below it (so the answer is below x0 and the margin is negative).
 */
export function boundaryFrom(g: (x: number) => number, x0: number, hi: number, lo: number, stepDeg = 6): number {
  if (g(x0) >= 0) return findStop(g, x0, hi, stepDeg);
  let b = x0;
  while (b > lo) {
    const a = Math.max(lo, b - stepDeg);
    if (g(a) >= 0) {
      let free = a;
      let stopped = b;
      for (let i = 0; i < 16; i++) {
        const m = 0.5 * (free + stopped);
        if (g(m) >= 0) free = m;
        else stopped = m;
      }
      return 0.5 * (free + stopped);
    }
    b = a;
  }
  return lo;
}

/**
 * First x going from lo towards hi where g(x) < 0: march in fixed steps to
 * bracket the first sign change, then bisect. Returns lo if already stopped
 * there and hi if never stopped. Capsule moments are not monotonic over large
 * ranges (moment arms shrink), so a plain bisection on [lo, hi] could miss the
 * first stop.
 */
export function findStop(g: (x: number) => number, lo: number, hi: number, stepDeg = 6, iterations = 16): number {
  if (g(lo) < 0) return lo;
  const dir = hi >= lo ? 1 : -1;
  let a = lo;
  let b = lo;
  let stopped = false;
  while (dir * (hi - a) > 1e-12) {
    b = dir > 0 ? Math.min(hi, a + stepDeg) : Math.max(hi, a - stepDeg);
    if (g(b) < 0) {
      stopped = true;
      break;
    }
    a = b;
  }
  if (!stopped) return hi;
  for (let i = 0; i < iterations; i++) {
    const m = 0.5 * (a + b);
    if (g(m) >= 0) a = m;
    else b = m;
  }
  return 0.5 * (a + b);
}

/** Internal rotation (deg) at which motion stops, with flexion and adduction held. */
export function internalRotationStop(
  ctx: ModelContext,
  flexionDeg: number,
  adductionDeg: number,
  o: StopOptions,
  fromDeg = -40,
  toDeg = 90,
): number {
  return findStop(
    (ir) => stopValue(ctx, (x) => hipMatrix(flexionDeg, adductionDeg, x), ir, o),
    fromDeg,
    toDeg,
  );
}

/** External rotation stop, returned as a positive angle of external rotation (deg). */
export function externalRotationStop(ctx: ModelContext, flexionDeg: number, adductionDeg: number, o: StopOptions): number {
  return findStop(
    (er) => stopValue(ctx, (x) => hipMatrix(flexionDeg, adductionDeg, -x), er, o),
    0,
    100,
  );
}

/** Flexion (deg) at which motion stops, with adduction and rotation held. */
export function flexionStop(
  ctx: ModelContext,
  adductionDeg: number,
  internalRotationDeg: number,
  o: StopOptions,
  fromDeg = 0,
  toDeg = 170,
): number {
  return findStop(
    (fl) => stopValue(ctx, (x) => hipMatrix(x, adductionDeg, internalRotationDeg), fl, o),
    fromDeg,
    toDeg,
  );
}

/** Passive (examiner's) internal rotation at 90° flexion: capsule or bone stops it. */
export function passiveInternalRotationAt90(ctx: ModelContext): number {
  return internalRotationStop(ctx, 90, 0, { headCentreMm: [0, 0, 0], clearanceStopMm: 0, boneOnly: true }, 0, 90);
}
