/**
 * Passive range of motion of a hip (degrees), as an examiner would measure it
 * on a fixed pelvis, by the model's one end-of-range rule (limits.ts): the
 * moment resisting the motion (capsule plus a compliant labrum) reaches the
 * 2.5 N·m test torque, or bone meets bone. Where the femur first touches the
 * labrum is reported separately. The squat uses the same rule.
 *   flexionDeg               — neutral rotation and adduction
 *   internalRotationAt90Deg  — 90° flexion (the seated test)
 *   externalRotationAt90Deg
 *   abductionDeg             — hip extended, neutral rotation
 *   fadir                    — 90° flexion, 15° adduction, rotated inward to
 *                              the end of range: IR reached, clearance there
 *                              (incl. labrum; negative = labrum indented) and
 *                              what is touched (bone only when the bony rim
 *                              is reached, within 0.05 mm).
 */

import type { ModelContext } from './geometry.ts';
import { contextFor } from './geometry.ts';
import { clearanceReport, minClearances } from './clearance.ts';
import type { Motion } from './limits.ts';
import {
  abductionStop,
  externalRotationStop,
  findStop,
  flexionMotion,
  flexionStop,
  internalRotationStop,
  irMotion,
  passiveInternalRotationAt90,
  stopValue,
} from './limits.ts';
import type { HipParameters, ResolvedParameters } from './parameters.ts';
import { resolveParameters } from './parameters.ts';
import { withSeatedCalibration } from './seated.ts';
import type { Vec3 } from './vec.ts';
import { hipMatrix } from './vec.ts';

export interface Contact {
  clockHour: number;
  structure: 'labrum' | 'bone';
  pointMm: Vec3;
}

export interface RangeOfMotion {
  flexionDeg: number;
  internalRotationAt90Deg: number;
  externalRotationAt90Deg: number;
  /** Passive abduction with the hip extended (capsule or bone). */
  abductionDeg: number;
  /** Where the femur first touches the labrum (before it deforms). */
  labrumContact: { flexionDeg: number; internalRotationAt90Deg: number };
  fadir: { internalRotationDeg: number; clearanceMm: number; contact: Contact | null };
  /** posteriorCapsuleTightness actually used (solved when seatedInternalRotationDeg was given). */
  posteriorCapsuleTightness: number;
  warnings: string[];
}

const CENTRED: Vec3 = [0, 0, 0];
/** At a bony stop the bone clearance is zero to within the root-finder's tolerance; count bone contact beyond this. */
const BONE_TOUCH_MM = 0.05;

/** Where a motion first touches the labrum's free edge (or reaches the end of range first). */
function firstLabrumTouch(ctx: ModelContext, motion: Motion, from: number, to: number): number {
  const o = { headCentreMm: CENTRED, clearanceStopMm: 0, fine: true };
  return findStop(
    (x) =>
      Math.min(
        stopValue(ctx, motion, x, o),
        minClearances(ctx.femur, ctx.rimsFine, motion.pose(x), CENTRED).labrumMm,
      ),
    from,
    to,
    6,
    11,
  );
}

export function rangeOfMotionFor(
  ctx: ModelContext,
): Omit<RangeOfMotion, 'posteriorCapsuleTightness' | 'warnings'> {
  const passive = { headCentreMm: CENTRED, clearanceStopMm: 0, fine: true };
  const fadirIr = internalRotationStop(ctx, 90, 15, passive, -30, 90);
  const report = clearanceReport(
    ctx.femur,
    ctx.acetabulum,
    ctx.rimsFine,
    hipMatrix(90, 15, fadirIr),
    CENTRED,
  );
  const contact: Contact | null =
    report.clearanceMm < 0
      ? {
          clockHour: report.nearestClockHour,
          structure: report.boneClearanceMm < -BONE_TOUCH_MM ? 'bone' : 'labrum',
          pointMm: report.nearestPointMm,
        }
      : null;
  return {
    flexionDeg: flexionStop(ctx, 0, 0, passive),
    internalRotationAt90Deg: passiveInternalRotationAt90(ctx),
    externalRotationAt90Deg: externalRotationStop(ctx, 90, 0, passive),
    abductionDeg: abductionStop(ctx, 0, 0, passive),
    labrumContact: {
      flexionDeg: firstLabrumTouch(ctx, flexionMotion(0, 0), 0, 170),
      internalRotationAt90Deg: firstLabrumTouch(ctx, irMotion(90, 0), 0, 90),
    },
    fadir: { internalRotationDeg: fadirIr, clearanceMm: report.clearanceMm, contact },
  };
}

export function rangeOfMotion(params?: Partial<HipParameters>): RangeOfMotion {
  const { params: p, warnings } = resolveParameters(params);
  const resolved: ResolvedParameters = withSeatedCalibration(p);
  return {
    ...rangeOfMotionFor(contextFor(resolved)),
    posteriorCapsuleTightness: resolved.posteriorCapsuleTightness,
    warnings,
  };
}
