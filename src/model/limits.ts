/**
 * End-of-range searches, with ONE rule for every motion (seated and prone
 * rotation, passive flexion and abduction, FADIR, and the hip's room in the
 * squat). A motion stops where either
 *   - the moment resisting it reaches the test torque M_end
 *     (END_RANGE_MOMENT_NMM, 2.5 N·m, the torque applied to cadaveric hips by
 *     Lee et al. 2022). The resisting moment is the capsule's, Σ T_i ∂L_i/∂θ
 *     (capsule.ts, resistingMoment), plus the labrum's when the femur presses
 *     into it: the labrum is an elastic stop, F = k_lab · δ (δ = indentation of
 *     its free edge, mm, up to its width), acting at the head radius R from the
 *     axis (an upper bound on its lever): M_lab = k_lab · δ · R; or
 *   - the femur meets the bony rim (clearance reaches `clearanceStopMm`,
 *     0 for every motion): bone is a hard stop.
 * The stop function g = min((M_end − M_capsule − M_labrum)/MOMENT_PER_MM,
 * bone clearance) is found by marching to the first sign change and bisecting
 * a fixed number of times, then one secant step inside the final bracket:
 * results are deterministic and continuous in every input.
 *
 * Labrum stiffness: no compressive or indentation stiffness of the human
 * labrum was verified. The model takes the tensile modulus measured by Ishiko
 * et al. (2005, J Orthop Res 23:1448–1453: 66.4 ± 42.2 MPa, superior labra)
 * and treats a local push on the labrum as resisted by its hoop tension:
 * a ring of radius ρ and section A pushed outward by u over an arc s resists
 * with F ≈ E·A·s·u/ρ², so k_lab = E·A·s/ρ² with A = 0.35 w² (a triangular
 * section as high as 0.7 of its width w), s = 2w and ρ = R + 2 mm. For the
 * default hip this is about 11 N/mm: a compliant labrum, which agrees with
 * van Arkel et al. (2015) that the labrum restrains rotation far less than the
 * capsule. A model estimate, flagged in docs/model.md.
 */

import type { ModelContext } from './geometry.ts';
import { resistingMoment } from './capsule.ts';
import { minClearances } from './clearance.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { DEG, hipMatrix } from './vec.ts';

/** Test torque at which passive motion is called ended, N·mm (2.5 N·m; Lee et al. 2022 apply 2.5 N·m to cadaveric hips). */
export const END_RANGE_MOMENT_NMM = 2500;
/** Bisections after the first bracket (6° / 2^11 ≈ 0.003°, then a secant step). */
const STOP_ITERATIONS = 11;
/** Scale turning a moment margin into mm so it can share a root with clearance. */
const MOMENT_PER_MM = 250;
/** Tensile modulus of the labrum, MPa = N/mm² (Ishiko et al. 2005). */
export const LABRUM_MODULUS_MPA = 66.4;

/** Elastic stiffness of the labrum against a local push, N/mm (hoop estimate, see the header). */
export function labrumStiffnessNPerMm(ctx: Pick<ModelContext, 'acetabulum' | 'femur'>): number {
  const w = ctx.acetabulum.labrumWidthMm;
  if (w <= 0) return 0;
  const ring = ctx.femur.headRadiusMm + 2;
  return (LABRUM_MODULUS_MPA * 0.35 * w * w * 2 * w) / (ring * ring);
}

export interface EndOfRangeLoads {
  /** Capsule moment resisting the motion, N·mm. */
  capsuleNmm: number;
  /** Labrum moment resisting the motion, N·mm. */
  labrumNmm: number;
  /** How far the femur presses the labrum's free edge in, mm (0 = not touching). */
  labrumIndentationMm: number;
  /** Clearance to the bony rim, mm (negative = bone overlap). */
  boneClearanceMm: number;
}

/** What resists a motion at a pose (rotation R, head centre c, motion axis ω). */
export function endOfRangeLoads(
  ctx: ModelContext,
  R: Mat3,
  c: Vec3,
  axis: Vec3,
  fine = true,
): EndOfRangeLoads {
  const capsuleNmm = resistingMoment(ctx.fibres, R, c, ctx.obstacles, axis);
  const cl = minClearances(ctx.femur, fine ? ctx.rimsFine : ctx.rimsCoarse, R, c);
  const w = ctx.acetabulum.labrumWidthMm;
  const labrumIndentationMm = w > 0 ? Math.min(w, Math.max(0, -cl.labrumMm)) : 0;
  const labrumNmm = labrumStiffnessNPerMm(ctx) * labrumIndentationMm * ctx.femur.headRadiusMm;
  return { capsuleNmm, labrumNmm, labrumIndentationMm, boneClearanceMm: cl.boneMm };
}

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
  /** Bone clearance at which the motion stops (0 for every motion in the model). */
  clearanceStopMm: number;
  /** Use the fine rim samples (slower). */
  fine?: boolean;
  /** Capsule only: ignore labrum and bone (for reports of what the capsule alone would allow). */
  capsuleOnly?: boolean;
}

/** Capsule moment resisting the motion at x, N·mm. */
export function motionMoment(ctx: ModelContext, motion: Motion, x: number, c: Vec3): number {
  const R = motion.pose(x);
  return resistingMoment(ctx.fibres, R, c, ctx.obstacles, motion.axis(R));
}

/** Stop function along a motion: > 0 free, < 0 stopped (the one end-of-range rule). */
export function stopValue(ctx: ModelContext, motion: Motion, x: number, o: StopOptions): number {
  const R = motion.pose(x);
  const axis = motion.axis(R);
  if (o.capsuleOnly) {
    return (
      (END_RANGE_MOMENT_NMM - resistingMoment(ctx.fibres, R, o.headCentreMm, ctx.obstacles, axis)) /
      MOMENT_PER_MM
    );
  }
  const e = endOfRangeLoads(ctx, R, o.headCentreMm, axis, o.fine ?? false);
  const moment = (END_RANGE_MOMENT_NMM - e.capsuleNmm - e.labrumNmm) / MOMENT_PER_MM;
  return Math.min(moment, e.boneClearanceMm - o.clearanceStopMm);
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
  return findStop((ir) => stopValue(ctx, motion, ir, o), fromDeg, toDeg, 6, STOP_ITERATIONS);
}

/** External rotation stop, returned as a positive angle of external rotation (deg). */
export function externalRotationStop(
  ctx: ModelContext,
  flexionDeg: number,
  adductionDeg: number,
  o: StopOptions,
): number {
  const motion = erMotion(flexionDeg, adductionDeg);
  return findStop((er) => stopValue(ctx, motion, er, o), 0, 100, 6, STOP_ITERATIONS);
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
  return findStop((fl) => stopValue(ctx, motion, fl, o), fromDeg, toDeg, 6, STOP_ITERATIONS);
}

/** Abduction (deg, positive) at which motion stops, with flexion and rotation held. */
export function abductionStop(
  ctx: ModelContext,
  flexionDeg: number,
  internalRotationDeg: number,
  o: StopOptions,
): number {
  const motion = abductionMotion(flexionDeg, internalRotationDeg);
  return findStop((ab) => stopValue(ctx, motion, ab, o), 0, 90, 6, STOP_ITERATIONS);
}

/** Passive (examiner's) internal rotation at 90° flexion, by the one end-of-range rule. */
export function passiveInternalRotationAt90(ctx: ModelContext): number {
  return internalRotationStop(
    ctx,
    90,
    0,
    { headCentreMm: [0, 0, 0], clearanceStopMm: 0, fine: true },
    0,
    90,
  );
}
