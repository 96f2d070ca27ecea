/**
 * End-of-range searches. A motion stops where either
 *   - the capsule's resisting moment about the motion's axis reaches the
 *     end-of-range moment M_end (END_RANGE_MOMENT_NMM): the examiner's firm
 *     capsular end-feel. The moment is Σ T_i ∂L_i/∂θ over all fibres (see
 *     capsule.ts, resistingMoment), so a fibre that is taut for another reason
 *     (e.g. stretched by abduction) but barely lengthens with this motion
 *     hardly resists it, and one the motion slackens helps it; or
 *   - clearance between femur and rim/labrum reaches `clearanceStopMm` (0 for
 *     range of motion; a small margin when a squatting body chooses where to
 *     stop).
 * The stop function g = min(moment margin scaled to mm, clearance) is found by
 * marching to the first sign change and bisecting a fixed number of times,
 * then one secant step inside the final bracket: results are deterministic
 * and continuous in every input.
 */

import type { ModelContext } from './geometry.ts';
import { resistingMoment } from './capsule.ts';
import { minClearance } from './clearance.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { DEG, hipMatrix } from './vec.ts';

/**
 * Capsular moment at which passive motion is taken to end, N·mm (2.5 N·m,
 * the rotational torque applied to cadaveric hips by Lee et al. 2022). An
 * assumption: capsule slack is calibrated at this moment, so it sets how far
 * the range moves when stiffness changes, not the calibrated ranges.
 */
export const END_RANGE_MOMENT_NMM = 700;
/** Scale turning a moment margin into mm so it can share a root with clearance. */
const MOMENT_PER_MM = 250;

/** A one-parameter motion of the femur: its pose at x (deg) and its unit rotation axis (pelvis frame). */
export interface Motion {
  pose: (x: number) => Mat3;
  axis: (R: Mat3) => Vec3;
}

/** Internal rotation x about the femur's long axis, flexion and adduction held. */
export const irMotion = (flexionDeg: number, adductionDeg: number): Motion => ({
  pose: (x) => hipMatrix(flexionDeg, adductionDeg, x),
  axis: (R) => [R[1], R[4], R[7]],
});

/** External rotation x (positive = external), flexion and adduction held. */
export const erMotion = (flexionDeg: number, adductionDeg: number): Motion => ({
  pose: (x) => hipMatrix(flexionDeg, adductionDeg, -x),
  axis: (R) => [-R[1], -R[4], -R[7]],
});

const Z_AXIS: Vec3 = [0, 0, 1];
/** Flexion x about the pelvis Z axis, adduction and rotation held. */
export const flexionMotion = (adductionDeg: number, internalRotationDeg: number): Motion => ({
  pose: (x) => hipMatrix(x, adductionDeg, internalRotationDeg),
  axis: () => Z_AXIS,
});

/** Abduction x (positive = abduction) about the floating axis, flexion and rotation held. */
export const abductionMotion = (flexionDeg: number, internalRotationDeg: number): Motion => {
  const axis: Vec3 = [-Math.cos(flexionDeg * DEG), -Math.sin(flexionDeg * DEG), 0];
  return { pose: (x) => hipMatrix(flexionDeg, -x, internalRotationDeg), axis: () => axis };
};

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

/** Capsule moment resisting the motion at x, N·mm per rad. */
export function motionMoment(ctx: ModelContext, motion: Motion, x: number, c: Vec3): number {
  const R = motion.pose(x);
  return resistingMoment(ctx.fibres, R, c, ctx.wrapRadiusMm, motion.axis(R));
}

/** Stop function along a motion: > 0 free, < 0 stopped. */
export function stopValue(ctx: ModelContext, motion: Motion, x: number, o: StopOptions): number {
  const R = motion.pose(x);
  const capsule = o.contactOnly
    ? Infinity
    : (END_RANGE_MOMENT_NMM -
        resistingMoment(ctx.fibres, R, o.headCentreMm, ctx.wrapRadiusMm, motion.axis(R))) /
      MOMENT_PER_MM;
  if (o.capsuleOnly) return capsule;
  const rims = o.boneOnly ? ctx.bonesFine : o.fine ? ctx.rimsFine : ctx.rimsCoarse;
  const clear = minClearance(ctx.femur, rims, R, o.headCentreMm) - o.clearanceStopMm;
  return Math.min(capsule, clear);
}

/** Root inside a bracket [free, stopped] with g(free) ≥ 0 > g(stopped): bisection then one secant step. */
function refine(
  g: (x: number) => number,
  free: number,
  stopped: number,
  gFree: number,
  gStopped: number,
  iterations: number,
): number {
  let a = free;
  let b = stopped;
  let ga = gFree;
  let gb = gStopped;
  for (let i = 0; i < iterations; i++) {
    const m = 0.5 * (a + b);
    const gm = g(m);
    if (gm >= 0) {
      a = m;
      ga = gm;
    } else {
      b = m;
      gb = gm;
    }
  }
  const denom = ga - gb;
  return denom > 1e-12 ? a + ((b - a) * ga) / denom : 0.5 * (a + b);
}

/**
 * Boundary of the free range through x0 along increasing x: if x0 is free,
 * the first stop above it; if x0 is already stopped, the last free point
 * below it (so the answer is below x0 and the margin is negative).
 */
export function boundaryFrom(
  g: (x: number) => number,
  x0: number,
  hi: number,
  lo: number,
  stepDeg = 6,
  iterations = 12,
): number {
  const g0 = g(x0);
  if (g0 >= 0) return findStop(g, x0, hi, stepDeg, iterations, g0);
  let b = x0;
  let gb = g0;
  while (b > lo) {
    const a = Math.max(lo, b - stepDeg);
    const ga = g(a);
    if (ga >= 0) return refine(g, a, b, ga, gb, iterations);
    b = a;
    gb = ga;
  }
  return lo;
}

/**
 * First x going from lo towards hi where g(x) < 0: march in fixed steps to
 * bracket the first sign change, then refine. Returns lo if already stopped
 * there and hi if never stopped. Capsule moments are not monotonic over large
 * ranges (moment arms shrink), so a plain bisection on [lo, hi] could miss the
 * first stop.
 */
export function findStop(
  g: (x: number) => number,
  lo: number,
  hi: number,
  stepDeg = 6,
  iterations = 12,
  gLo?: number,
): number {
  let ga = gLo ?? g(lo);
  if (ga < 0) return lo;
  const dir = hi >= lo ? 1 : -1;
  let a = lo;
  while (dir * (hi - a) > 1e-12) {
    const b = dir > 0 ? Math.min(hi, a + stepDeg) : Math.max(hi, a - stepDeg);
    const gb = g(b);
    if (gb < 0) return refine(g, a, b, ga, gb, iterations);
    a = b;
    ga = gb;
  }
  return hi;
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
  const motion = irMotion(flexionDeg, adductionDeg);
  return findStop((ir) => stopValue(ctx, motion, ir, o), fromDeg, toDeg, 6, 16);
}

/** External rotation stop, returned as a positive angle of external rotation (deg). */
export function externalRotationStop(
  ctx: ModelContext,
  flexionDeg: number,
  adductionDeg: number,
  o: StopOptions,
): number {
  const motion = erMotion(flexionDeg, adductionDeg);
  return findStop((er) => stopValue(ctx, motion, er, o), 0, 100, 6, 16);
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
  const motion = flexionMotion(adductionDeg, internalRotationDeg);
  return findStop((fl) => stopValue(ctx, motion, fl, o), fromDeg, toDeg, 6, 16);
}

/** Abduction (deg, positive) at which motion stops, with flexion and rotation held. */
export function abductionStop(
  ctx: ModelContext,
  flexionDeg: number,
  internalRotationDeg: number,
  o: StopOptions,
): number {
  const motion = abductionMotion(flexionDeg, internalRotationDeg);
  return findStop((ab) => stopValue(ctx, motion, ab, o), 0, 90, 6, 16);
}

/** Passive (examiner's) internal rotation at 90° flexion: capsule or bone stops it. */
export function passiveInternalRotationAt90(ctx: ModelContext): number {
  return internalRotationStop(
    ctx,
    90,
    0,
    { headCentreMm: [0, 0, 0], clearanceStopMm: 0, boneOnly: true },
    0,
    90,
  );
}
