/**
 * solveHip: one squat frame. Units mm, degrees, newtons. Pelvis frame for the
 * hip (X anterior, Y superior, Z right, origin at the acetabular centre);
 * world frame for the body (floor y = 0, X forward, Y up, Z right).
 *
 * 1. Posture from depth (squat.ts) in its textbook form.
 * 2. With compensate on, the hip's own flexion stops at its end of range by
 *    the model's one rule (limits.ts: capsule plus compliant labrum reach the
 *    2.5 N·m test torque, or bone meets bone; head at its glide in the
 *    textbook pose):
 *    - lumbar extension on the way down (a chest-up habit) while the hip has
 *      room: ext = min(8°·sin²(π·min(d/0.7, 1)), room − 3°), smoothed;
 *    - butt wink: hip flexion h = softmin(h_demand, h_stop, 4°); the rest of
 *      the thigh-to-trunk angle goes to posterior pelvic tilt (lumbar flexion
 *      capped at 60°) on top of the measured habit (squat.ts); the thorax
 *      re-balances;
 *    - knee flare: a body short of rotation (margin = IR available − IR
 *      required < 0) pushes the knees out by about the missing rotation
 *      (smoothly, capped at 15°), whether or not that helps; the posture is
 *      then re-solved with the flare.
 *    With compensate off the textbook posture is held and overlap is reported.
 * 3. Head glide (glide.ts), capsule state, clearance and contact at the final
 *    pose; each compensation's effect on clearance is the clearance with it
 *    minus the clearance without it (same glide), so its sign is honest.
 */

import type { CapsuleState } from './capsule.ts';
import { capsuleState } from './capsule.ts';
import { clearanceReport, minClearance, minClearances } from './clearance.ts';
import type { ModelContext } from './geometry.ts';
import { contextFor } from './geometry.ts';
import { solveGlide } from './glide.ts';
import { boundaryFrom, flexionMotion, irMotion, stopValue } from './limits.ts';
import type { Landmarks } from './body.ts';
import type { HipParameters, ResolvedParameters } from './parameters.ts';
import { resolveParameters } from './parameters.ts';
import type { Contact } from './rangeOfMotion.ts';
import { withSeatedCalibration } from './seated.ts';
import type { Posture, PostureInput } from './squat.ts';
import {
  KNEE_AXIS_FOOT_WEIGHT_RANGE,
  hipFor,
  internalRotationRequiredFor,
  legFrame,
  postureFrom,
  squatPosture,
} from './squat.ts';
import type { HipAngles, Mat3, Vec3 } from './vec.ts';
import { clamp, hipMatrix, softMax, softMin } from './vec.ts';

export interface SolveInput {
  /** 0 standing, 0.5 thighs parallel to the floor, 1 full depth. Clamped to [0, 1]; NaN → 0. */
  squatDepth: number;
  /** Let the body compensate (default true). */
  compensate?: boolean;
  params?: Partial<HipParameters>;
}

export interface HipState {
  /** The depth asked for (0–1). */
  squatDepth: number;
  /** The depth the body reached: below squatDepth when, even adapting, the hip would meet bone (compensate on only). */
  depthReached: number;
  /** What stopped the squat short, or null when it reached the depth asked for. */
  stoppedBy: 'bone' | null;
  hipFlexionDeg: number;
  /** Posterior pelvic tilt relative to standing upright (positive = posterior). */
  pelvicTiltDeg: number;
  /** Thorax forward lean from vertical. */
  trunkFlexionDeg: number;
  lumbarFlexionDeg: number;
  kneeFlexionDeg: number;
  ankleDorsiflexionDeg: number;
  femurAbductionDeg: number;
  femurInternalRotationDeg: number;
  headTranslationMm: { anterior: number; superior: number; lateral: number };
  capsule: CapsuleState;
  clearanceMm: number;
  boneClearanceMm: number;
  /** How far the femur presses the labrum's free edge in at this pose, mm (0 = not touching; the labrum is compliant). */
  labrumIndentationMm: number;
  contact: Contact | null;
  nearestPointMm: Vec3;
  nearestClockHour: number;
  internalRotationAvailableDeg: number;
  internalRotationRequiredDeg: number;
  /**
   * The IR the posture requires if the knee's axis follows the leg's plane more
   * (low) or the foot alone (high): the knee-axis weight is an assumption
   * (squat.ts), so the required rotation is a band. `internalRotationRequiredDeg`
   * is the value at the model's weight (1), inside the band.
   */
  internalRotationRequiredBandDeg: { low: number; high: number };
  rotationMarginDeg: number;
  compensations: {
    kneeFlareDeg: number;
    buttWinkDeg: number;
    lumbarExtensionDeg: number;
    /** Change in clearance (mm) caused by each compensation; negative = it brings bone closer. */
    clearanceEffectMm: { kneeFlare: number; buttWink: number; lumbarExtension: number };
  };
  pose: {
    /** Femur → pelvis rotation, row-major 3x3. */
    femurToPelvis: number[];
    /** Head centre in the pelvis frame (origin + glide). */
    headCentreMm: Vec3;
  };
  body: Landmarks & { balanceErrorMm: number; baseOfSupportMm: { heelX: number; toeX: number } };
  /** posteriorCapsuleTightness used (solved from seatedInternalRotationDeg when given). */
  posteriorCapsuleTightness: number;
  warnings: string[];
}

const WINK_BLEND_DEG = 4;
/** How far above the posture's demand the hip's flexion stop is looked for (a speed limit; ≫ the 4° blend). */
const FLEXION_LOOKAHEAD_DEG = 24;
/** How far inward the knee-flare decision looks for the IR stop (flare only acts on a negative margin). */
const FLARE_LOOKAHEAD_DEG = 24;
const LUMBAR_EXTENSION_CUE_DEG = 8;
/** Posterior pelvic tilt a lumbar spine can add (about its flexion range). */
const MAX_BUTT_WINK_DEG = 60;
const MAX_KNEE_FLARE_DEG = 15;
const FLARE_BLEND_DEG = 2;

const CENTRED: Vec3 = [0, 0, 0];

interface Frame {
  posture: Posture;
  input: PostureInput;
  flexionStopDeg: number;
}

/**
 * Internal rotation still available at the current pose: rotate inward from
 * the posture's own rotation until the capsule's resisting moment reaches the
 * end-of-range moment (the same criterion that defines seated IR in the
 * calibration) or the femur reaches the labrum. If the pose is already past
 * that point, the answer is below the current rotation (negative margin).
 */
function irAvailable(
  ctx: ModelContext,
  posture: Posture,
  c: Vec3,
  fine: boolean,
  spanDeg = 90,
): number {
  const { flexionDeg, adductionDeg, internalRotationDeg } = posture.hip;
  const o = { headCentreMm: c, clearanceStopMm: 0, fine };
  const motion = irMotion(flexionDeg, adductionDeg);
  return boundaryFrom(
    (x) => stopValue(ctx, motion, x, o),
    internalRotationDeg,
    internalRotationDeg + spanDeg,
    internalRotationDeg - 90,
    8,
    fine ? 9 : 8,
  );
}

/**
 * How far the hip itself can flex at the posture's adduction and rotation
 * before the femur comes within the squat margin of the labrum or the capsule
 * reaches its end-of-range moment. A pelvic tilt changes only the ISB flexion
 * angle, so this is the hip flexion the body can use before the pelvis must
 * tilt back.
 */
function squatFlexionStop(ctx: ModelContext, hip: HipAngles, c: Vec3): number {
  const { adductionDeg, internalRotationDeg, flexionDeg } = hip;
  // Coarse rim samples (36, ≈ 4 mm apart): the search runs on every slider move.
  const o = { headCentreMm: c, clearanceStopMm: 0, fine: false };
  const motion = flexionMotion(adductionDeg, internalRotationDeg);
  // Only a stop within FLEXION_LOOKAHEAD_DEG above the demand changes the posture (the
  // wink blends over 4°), so the search starts at the demand and looks no further.
  const start = clamp(flexionDeg, 0, 170);
  return boundaryFrom(
    (x) => stopValue(ctx, motion, x, o),
    start,
    Math.min(170, start + FLEXION_LOOKAHEAD_DEG),
    0,
    8,
    9,
  );
}

/** The adapted body at a depth: compensations, then knee flare of about the missing rotation. */
function adaptedFrame(ctx: ModelContext, depth: number): Frame {
  const frame = compensatedFrame(ctx, depth, 0);
  // Knee flare: a body short of rotation pushes its knees out, by about the
  // missing rotation (1° per degree, capped). It does this whether or not it
  // helps; its effect on clearance and on the margin is reported honestly.
  const m0 =
    irAvailable(ctx, frame.posture, CENTRED, false, FLARE_LOOKAHEAD_DEG) -
    frame.posture.hip.internalRotationDeg;
  const flare = softMin(softMax(-m0, 0, FLARE_BLEND_DEG), MAX_KNEE_FLARE_DEG, FLARE_BLEND_DEG);
  return flare > 0 ? compensatedFrame(ctx, depth, flare) : frame;
}

/** Compensated posture for a given knee flare. */
function compensatedFrame(ctx: ModelContext, depth: number, flare: number): Frame {
  const leg = legFrame(ctx.params, depth, flare);
  const textbookPose = hipFor(leg, 0, 0);
  const textbook = textbookPose.hip;
  // The body feels the hip as it is, glide included: the head's glide in the
  // textbook pose (the deepest flexion it will meet) sets where the stop is.
  const glide = solveGlide(ctx.fibres, textbookPose.femurInPelvis, ctx.obstacles);
  const stop = squatFlexionStop(ctx, textbook, glide);
  const cue = LUMBAR_EXTENSION_CUE_DEG * Math.sin(Math.PI * Math.min(depth / 0.7, 1)) ** 2;
  const room = softMax(0, stop - 3 - textbook.flexionDeg, 1);
  const ext = softMax(0, softMin(cue, room, 1), 0.5);
  let wink = 0;
  let hip = hipFor(leg, 0, ext).hip;
  for (let i = 0; i < 3; i++) {
    const demand = hip.flexionDeg + wink;
    wink = softMin(demand - softMin(demand, stop, WINK_BLEND_DEG), MAX_BUTT_WINK_DEG, 2);
    hip = hipFor(leg, wink, ext).hip;
  }
  const input: PostureInput = {
    depth,
    kneeFlareDeg: flare,
    buttWinkDeg: wink,
    lumbarExtensionDeg: ext,
  };
  return { posture: postureFrom(leg, input), input, flexionStopDeg: stop };
}

export function solveHip(input: SolveInput): HipState {
  const warnings: string[] = [];
  const rawInput: unknown = input;
  const record = (typeof rawInput === 'object' && rawInput !== null ? rawInput : {}) as Record<
    string,
    unknown
  >;
  if (typeof rawInput !== 'object' || rawInput === null)
    warnings.push('input: expected an object; using defaults');
  let depth = record['squatDepth'];
  if (typeof depth !== 'number' || Number.isNaN(depth)) {
    warnings.push(`squatDepth: not a number (${String(depth)}); using 0`);
    depth = 0;
  }
  const squatDepth = clamp(depth as number, 0, 1);
  if (squatDepth !== depth) warnings.push(`squatDepth: ${String(depth)} clamped to ${squatDepth}`);
  const compensateRaw = record['compensate'];
  if (compensateRaw !== undefined && typeof compensateRaw !== 'boolean') {
    warnings.push(`compensate: not a boolean (${String(compensateRaw)}); using true`);
  }
  const compensate = typeof compensateRaw === 'boolean' ? compensateRaw : true;
  const resolved = resolveParameters(record['params']);
  warnings.push(...resolved.warnings);
  const params = withSeatedCalibration(resolved.params);
  const ctx = contextFor(params);

  let frame: Frame;
  let stoppedBy: 'bone' | null = null;
  if (!compensate) {
    const inputP: PostureInput = {
      depth: squatDepth,
      kneeFlareDeg: 0,
      buttWinkDeg: 0,
      lumbarExtensionDeg: 0,
    };
    frame = { posture: squatPosture(params, inputP), input: inputP, flexionStopDeg: NaN };
  } else {
    frame = adaptedFrame(ctx, squatDepth);
    // A hip that runs out of room stops short: if even the adapted body would
    // put bone on bone, the squat goes only as deep as it can without (the
    // deepest depth with bony clearance ≥ 0, by bisection and a secant step).
    const bone = (f: Frame) =>
      minClearances(
        ctx.femur,
        ctx.rimsFine,
        f.posture.femurInPelvis,
        solveGlide(ctx.fibres, f.posture.femurInPelvis, ctx.obstacles),
      ).boneMm;
    const gTop = bone(frame);
    if (gTop < 0 && squatDepth > 0) {
      let lo = 0;
      let hi = squatDepth;
      let gLo = bone(adaptedFrame(ctx, 0));
      let gHi = gTop;
      if (gLo >= 0) {
        for (let i = 0; i < 10; i++) {
          const mid = 0.5 * (lo + hi);
          const g = bone(adaptedFrame(ctx, mid));
          if (g >= 0) {
            lo = mid;
            gLo = g;
          } else {
            hi = mid;
            gHi = g;
          }
        }
        const reached = gLo - gHi > 1e-12 ? lo + ((hi - lo) * gLo) / (gLo - gHi) : lo;
        frame = adaptedFrame(ctx, reached);
      } else frame = adaptedFrame(ctx, 0);
      stoppedBy = 'bone';
    }
  }
  const { posture, input: used } = frame;
  const M: Mat3 = posture.femurInPelvis;
  const c = solveGlide(ctx.fibres, M, ctx.obstacles);
  const report = clearanceReport(ctx.femur, ctx.acetabulum, ctx.rimsFine, M, c);
  const contact: Contact | null =
    report.clearanceMm < 0
      ? {
          clockHour: report.nearestClockHour,
          structure: report.boneClearanceMm < 0 ? 'bone' : 'labrum',
          pointMm: report.nearestPointMm,
        }
      : null;
  const available = irAvailable(ctx, posture, c, true);
  const required = posture.hip.internalRotationDeg;

  const clearanceWithout = (change: Partial<PostureInput>): number => {
    const q = { ...used, ...change };
    const alt = hipFor(
      legFrame(params, q.depth, q.kneeFlareDeg),
      q.buttWinkDeg,
      q.lumbarExtensionDeg,
    );
    return minClearance(ctx.femur, ctx.rimsFine, alt.femurInPelvis, c);
  };
  const effect = {
    kneeFlare:
      used.kneeFlareDeg > 0 ? report.clearanceMm - clearanceWithout({ kneeFlareDeg: 0 }) : 0,
    buttWink: used.buttWinkDeg > 0 ? report.clearanceMm - clearanceWithout({ buttWinkDeg: 0 }) : 0,
    lumbarExtension:
      used.lumbarExtensionDeg > 0
        ? report.clearanceMm - clearanceWithout({ lumbarExtensionDeg: 0 })
        : 0,
  };

  return {
    squatDepth,
    depthReached: used.depth,
    stoppedBy,
    hipFlexionDeg: posture.hip.flexionDeg,
    pelvicTiltDeg: posture.pelvicTiltDeg,
    trunkFlexionDeg: posture.trunkLeanDeg,
    lumbarFlexionDeg: posture.trunkLeanDeg + posture.pelvicTiltDeg,
    kneeFlexionDeg: posture.kneeFlexionDeg,
    ankleDorsiflexionDeg: posture.ankleDorsiflexionDeg,
    femurAbductionDeg: -posture.hip.adductionDeg,
    femurInternalRotationDeg: required,
    headTranslationMm: { anterior: c[0], superior: c[1], lateral: c[2] },
    capsule: capsuleState(ctx.fibres, M, c, ctx.obstacles),
    clearanceMm: report.clearanceMm,
    boneClearanceMm: report.boneClearanceMm,
    labrumIndentationMm: Math.min(
      ctx.acetabulum.labrumWidthMm,
      Math.max(0, -report.labrumClearanceMm),
    ),
    contact,
    nearestPointMm: report.nearestPointMm,
    nearestClockHour: report.nearestClockHour,
    internalRotationAvailableDeg: available,
    internalRotationRequiredDeg: required,
    internalRotationRequiredBandDeg: requiredBand(params, used.depth, used.kneeFlareDeg, required),
    rotationMarginDeg: available - required,
    compensations: {
      kneeFlareDeg: used.kneeFlareDeg,
      buttWinkDeg: used.buttWinkDeg,
      lumbarExtensionDeg: used.lumbarExtensionDeg,
      clearanceEffectMm: effect,
    },
    pose: { femurToPelvis: [...M], headCentreMm: c },
    body: {
      ...posture.landmarks,
      balanceErrorMm: posture.balanceErrorMm,
      baseOfSupportMm: posture.baseOfSupportMm,
    },
    posteriorCapsuleTightness: params.posteriorCapsuleTightness,
    warnings,
  };
}

function requiredBand(
  p: ResolvedParameters,
  depth: number,
  flare: number,
  atModel: number,
): { low: number; high: number } {
  const values = KNEE_AXIS_FOOT_WEIGHT_RANGE.map((w) =>
    internalRotationRequiredFor(p, depth, flare, w),
  );
  return { low: Math.min(atModel, ...values), high: Math.max(atModel, ...values) };
}

/** A femur-frame point expressed in the pelvis frame for a solved state. */
export function femurPointToPelvis(state: Pick<HipState, 'pose'>, p: Vec3): Vec3 {
  const m = state.pose.femurToPelvis;
  const c = state.pose.headCentreMm;
  return [
    (m[0] ?? 0) * p[0] + (m[1] ?? 0) * p[1] + (m[2] ?? 0) * p[2] + c[0],
    (m[3] ?? 0) * p[0] + (m[4] ?? 0) * p[1] + (m[5] ?? 0) * p[2] + c[1],
    (m[6] ?? 0) * p[0] + (m[7] ?? 0) * p[1] + (m[8] ?? 0) * p[2] + c[2],
  ];
}

export { hipMatrix };
