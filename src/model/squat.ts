/**
 * Squat posture from depth (world frame as in body.ts; right leg; mm, deg).
 *
 * squatDepth d ∈ [0, 1] is absolute — the same thigh position for every hip:
 *   thigh elevation from vertical  e(d) = a d + b d² + c d³ with e(0) = 0,
 *   e(0.5) = 90° (the hip level with the knee), e(1) = E₁ and e′(1) = 20°
 *   (the thigh slows as it meets the calf): a = 740 − 4E₁, b = 11E₁ − 1500,
 *   c = 760 − 6E₁. E₁ = FULL_SQUAT_THIGH_ELEVATION_DEG puts the knee at the
 *   149° of knee flexion Hyodo et al. 2017 measured in crouching (v2: 118°,
 *   from the 157° Hemmerich et al. 2006 measured with the heels *up*).
 * Shin lean s = softmin(38°·(1 − (1 − d)³), ankle dorsiflexion limit): the knee
 * travels forward over the foot until the ankle runs out.
 * Feet: ankles stanceWidth apart, turned out by τ; the knee tracks over the
 * foot (plus any knee flare). Hip height follows from thigh and shin lengths
 * (de Leva 1996). The thorax lean T is solved so the whole-body centre of mass
 * (de Leva's segment masses and centres) sits 10% of the foot length ahead of
 * the ankle, inside the base of support (an assumption, unchanged from v2).
 * Pelvis: down to parallel it tips forward by a share k of the thorax's lean
 * (k = PELVIS_SHARE_OF_TRUNK_LEAN, calibrated to Hara's largest forward tilt
 * in squatting, 10.7°; v2 assumed k = 0.5); from parallel
 * to full depth it blends, with r = smoothstep((d − 0.5)/0.5), to the measured
 * habit at the bottom: Hara et al. 2014 tracked the pelvis itself with X-ray
 * imaging and found it tilted back by up to 10.8° in squatting, so at full
 * depth the pelvis is tilted back by POSTERIOR_TILT_AT_FULL_DEPTH_DEG whatever
 * the thorax does:  P_habit = −k·T·(1 − r) + B·r. Where in the descent the
 * blend starts is an assumption. The lumbar spine takes the rest of the
 * thorax's lean (lumbar flexion = T + P). Compensations add butt wink
 * (posterior tilt, +) and lumbar extension (anterior tilt, −):
 * P = P_habit + wink − extension.
 * The femur's orientation comes from the leg: its long axis is knee → hip and
 * its condylar axis is the hip–knee–ankle plane normal blended with the foot's
 * transverse axis (KNEE_AXIS_FOOT_WEIGHT: the foot dominates near a straight
 * knee, where the plane is undefined, and again as the knee folds past ~130°).
 * Hip angles are this femur frame seen from the pelvis (ISB), so the posture
 * itself sets how much hip rotation it requires: external rotation (about the
 * foot's turn-out) standing and in the first half of the squat, then internal
 * rotation growing past about 90° of hip flexion. A pelvic tilt changes only
 * the ISB flexion angle, never the abduction or rotation.
 */

import type { BodyInput, Landmarks } from './body.ts';
import { DE_LEVA, FIGURE, bodyCentreOfMassX, bodyLandmarks } from './body.ts';
import type { ResolvedParameters } from './parameters.ts';
import type { HipAngles, Mat3, Vec3 } from './vec.ts';
import {
  DEG,
  add,
  clamp,
  cross,
  dot,
  fromColumns,
  hipAngles,
  matMul,
  normalize,
  rotZ,
  scale,
  smoothstep,
  softMin,
  sub,
} from './vec.ts';

export const FULL_SQUAT_SHIN_LEAN_DEG = 38;

/**
 * Thigh elevation from vertical at full depth (deg). Chosen so that the model's
 * knee flexion at full depth, with the default feet, is the 149° Hyodo et al.
 * 2017 measured in crouching (26 healthy adults, electromagnetic tracking;
 * doi:10.1016/j.bjpt.2017.03.012); `squat.test.ts` checks it. A measured
 * input that defines "full depth", not a fit to the hip angles.
 */
export const FULL_SQUAT_THIGH_ELEVATION_DEG = 115.4;

/**
 * Posterior pelvic tilt at full depth relative to standing (deg): the largest
 * posterior tilt Hara et al. 2014 measured in squatting (6 healthy adults, 3D
 * X-ray bone tracking; BioMed Res Int 2014, article 457573). In v2 the pelvis followed the
 * thorax to the bottom (tipped forward by half its lean).
 */
export const POSTERIOR_TILT_AT_FULL_DEPTH_DEG = 10.8;

/**
 * Share of the thorax's forward lean taken by the pelvis tipping forward in the
 * first half of the squat; the lumbar spine flexes by the rest. Calibrated
 * (with FULL_SQUAT_THIGH_ELEVATION_DEG, one of the posture's two fitted
 * numbers, each to a measurement of the quantity it sets): with it the textbook squat's largest forward
 * pelvic tilt is the 10.7° Hara et al. 2014 measured in squatting (at a depth
 * of about 0.22; `squat.test.ts` checks it). v2 assumed 0.5, which tipped the
 * pelvis forward ~20° at a quarter squat, twice the measured tilt. It fades
 * out from parallel to full depth, where the measured posterior tilt takes over.
 */
export const PELVIS_SHARE_OF_TRUNK_LEAN = 0.203;

/** How far the pelvis has moved from "following the thorax" to the measured bottom tilt (0 → 1 from parallel to full depth). */
export const bottomBlend = (d: number): number => smoothstep((d - 0.5) / 0.5);

/** Lumbar flexion the spine can give before the pelvis must tip forward with the thorax (deg; an assumption, as the butt-wink cap). */
export const LUMBAR_FLEXION_RANGE_DEG = 60;

/**
 * The habit's pelvic tilt (deg, posterior +) at a depth's blend r with the
 * thorax at T. Where the thorax leans so far that the lumbar spine would pass
 * its range (T + P > LUMBAR_FLEXION_RANGE_DEG, e.g. with stiff ankles), the
 * pelvis tips forward with it instead (a smooth cap, 3° blend).
 */
export const habitualPelvicTiltDeg = (r: number, trunkLeanDeg: number): number =>
  softMin(
    -PELVIS_SHARE_OF_TRUNK_LEAN * trunkLeanDeg * (1 - r) + POSTERIOR_TILT_AT_FULL_DEPTH_DEG * r,
    LUMBAR_FLEXION_RANGE_DEG - trunkLeanDeg,
    3,
  );

/** Centre of mass target: this fraction of foot length ahead of the ankle (inside the base of support). */
export const BALANCE_AHEAD_OF_ANKLE = 0.1;

/**
 * Weight of the foot's transverse axis in the femur's condylar (knee) axis,
 * relative to the hip–knee–ankle plane normal |(hip − knee) × (ankle − knee)|,
 * whose length is Lt·Ls·sin(thigh–shank angle). An assumption of the posture
 * model, not a measurement: with a hinge knee the condylar axis would be the
 * plane normal, but as the knee folds past ~130° the plane is ill-conditioned
 * (a 10 mm shift of the ankle turns it by ~3°) and the knee's varus/valgus and
 * axial play decide where the shank lies; the model lets the knee track the
 * foot in proportion. The femur's internal rotation at full depth depends on
 * this choice (about 24° with weight 0.2, 15° with 1, 8° with the foot alone);
 * see docs/model.md.
 */
export const KNEE_AXIS_FOOT_WEIGHT = 1;

/**
 * The range of knee-axis weights the IR-required band spans: from a nearly
 * hinge-like knee (0.2, the v1 value) to a knee that follows the foot alone.
 */
export const KNEE_AXIS_FOOT_WEIGHT_RANGE = [0.2, Infinity] as const;

/** The internal rotation a posture requires (ISB, deg) with the knee axis weighted `footWeight`; pelvic tilt does not change it. */
export function internalRotationRequiredFor(
  p: ResolvedParameters,
  depth: number,
  kneeFlareDeg: number,
  footWeight: number,
): number {
  return hipAngles(legFrame(p, depth, kneeFlareDeg, footWeight).femurWorld).internalRotationDeg;
}

export const thighElevationDeg = (d: number): number => {
  const E = FULL_SQUAT_THIGH_ELEVATION_DEG;
  return (740 - 4 * E) * d + (11 * E - 1500) * d * d + (760 - 6 * E) * d * d * d;
};

export interface PostureInput {
  depth: number;
  kneeFlareDeg: number;
  buttWinkDeg: number;
  lumbarExtensionDeg: number;
}

export interface Posture {
  landmarks: Landmarks;
  pelvicTiltDeg: number;
  trunkLeanDeg: number;
  kneeFlexionDeg: number;
  ankleDorsiflexionDeg: number;
  /** Femur → pelvis rotation. */
  femurInPelvis: Mat3;
  hip: HipAngles;
  /** Centre of mass minus the middle of the foot, mm (forward +). */
  balanceErrorMm: number;
  /** Heel and toe x: the base of support. */
  baseOfSupportMm: { heelX: number; toeX: number };
}

/** The legs for a depth and knee flare: everything in the posture except the trunk and pelvis. */
export interface LegFrame {
  scale: number;
  ankleMm: Vec3;
  kneeMm: Vec3;
  hipMm: Vec3;
  heelMm: Vec3;
  toeMm: Vec3;
  femurWorld: Mat3;
  kneeFlexionDeg: number;
  shinDeg: number;
  armElevationDeg: number;
  /** Forward position the centre of mass is balanced at. */
  targetXMm: number;
  /** Blend from "pelvis follows the thorax" (0) to the measured bottom tilt (1). */
  bottomBlend: number;
}

export function legFrame(
  p: ResolvedParameters,
  depth: number,
  kneeFlareDeg: number,
  footWeight = KNEE_AXIS_FOOT_WEIGHT,
): LegFrame {
  const k = p.statureMm / DE_LEVA.statureMm;
  const Ls = DE_LEVA.shank.lengthMm * k;
  const Lt = DE_LEVA.thigh.lengthMm * k;
  const Lf = DE_LEVA.foot.lengthMm * k;
  const d = clamp(depth, 0, 1);
  const tau = p.footTurnOutDeg * DEG;
  const g = (p.footTurnOutDeg + kneeFlareDeg) * DEG;
  const ankleMm: Vec3 = [0, FIGURE.ankleHeightMm * k, p.stanceWidthMm / 2];
  const foot: Vec3 = [Math.cos(tau), 0, Math.sin(tau)];
  const heelMm: Vec3 = [
    ankleMm[0] - FIGURE.ankleFromHeel * Lf * foot[0],
    0,
    ankleMm[2] - FIGURE.ankleFromHeel * Lf * foot[2],
  ];
  const toeMm = add(heelMm, scale(foot, Lf));
  const shinDeg = softMin(FULL_SQUAT_SHIN_LEAN_DEG * (1 - (1 - d) ** 3), p.ankleDorsiflexionDeg, 3);
  const s = shinDeg * DEG;
  const zHip = (FIGURE.hipSeparationMm * k) / 2;
  // Near standing the leg is straight from ankle to hip, so the knee sits
  // inside the foot's plane; the shift fades out by a third of the way down.
  const straighten =
    (((zHip - ankleMm[2]) * Ls) / (Ls + DE_LEVA.thigh.lengthMm * k)) * (1 - smoothstep(d / 0.3));
  const kneeMm: Vec3 = add(ankleMm, [
    Ls * Math.sin(s) * Math.cos(g),
    Ls * Math.cos(s),
    Ls * Math.sin(s) * Math.sin(g) + straighten,
  ]);
  const aLat = Math.asin(clamp((kneeMm[2] - zHip) / Lt, -0.95, 0.95));
  const e = thighElevationDeg(d) * DEG;
  const hipMm: Vec3 = [
    kneeMm[0] - Lt * Math.cos(aLat) * Math.sin(e),
    kneeMm[1] + Lt * Math.cos(e) * Math.cos(aLat),
    zHip,
  ];

  // Femur frame in the world.
  const yF = normalize(sub(hipMm, kneeMm));
  const legNormal = cross(sub(hipMm, kneeMm), sub(ankleMm, kneeMm));
  const footLateral: Vec3 = [-Math.sin(g), 0, Math.cos(g)];
  // footWeight = Infinity: the condylar axis is the foot's transverse axis alone.
  const zRaw = Number.isFinite(footWeight)
    ? add(legNormal, scale(footLateral, footWeight * Lt * Ls))
    : footLateral;
  const zF = normalize(sub(zRaw, scale(yF, dot(zRaw, yF))));
  const xF = cross(yF, zF);
  return {
    scale: k,
    ankleMm,
    kneeMm,
    hipMm,
    heelMm,
    toeMm,
    femurWorld: fromColumns(xF, yF, zF),
    kneeFlexionDeg: 180 - Math.acos(clamp(dot(yF, normalize(sub(ankleMm, kneeMm))), -1, 1)) / DEG,
    shinDeg,
    armElevationDeg: 90 * smoothstep(d / 0.5),
    targetXMm: ankleMm[0] + BALANCE_AHEAD_OF_ANKLE * Lf * foot[0],
    bottomBlend: bottomBlend(d),
  };
}

const bodyInput = (leg: LegFrame, T: number, pelvicTiltDeg: number): BodyInput => ({
  scale: leg.scale,
  ankleMm: leg.ankleMm,
  kneeMm: leg.kneeMm,
  hipMm: leg.hipMm,
  heelMm: leg.heelMm,
  toeMm: leg.toeMm,
  pelvicTiltDeg,
  trunkLeanDeg: T,
  armElevationDeg: leg.armElevationDeg,
});

/**
 * Thorax lean T (deg) that puts the centre of mass over the balance target,
 * with the pelvis at P = P_habit(r, T) + offset (offset = butt wink − lumbar extension).
 * The centre of mass moves forward monotonically with T, so a bracketed
 * Illinois (modified regula falsi) iteration converges to ~1e-9° in a dozen
 * evaluations; the answer is deterministic and continuous in the inputs.
 */
export function balanceTrunkLean(leg: LegFrame, offsetDeg: number): number {
  const err = (T: number) =>
    bodyCentreOfMassX(bodyInput(leg, T, habitualPelvicTiltDeg(leg.bottomBlend, T) + offsetDeg)) -
    leg.targetXMm;
  let a = -20;
  let b = 85;
  let fa = err(a);
  if (fa >= 0) return a;
  let fb = err(b);
  if (fb <= 0) return b;
  let side = 0;
  for (let i = 0; i < 40; i++) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = err(c);
    if (Math.abs(fc) < 1e-9 || b - a < 1e-9) return c;
    if (fc < 0) {
      a = c;
      fa = fc;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = c;
      fb = fc;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return (a * fb - b * fa) / (fb - fa);
}

/** Hip angles (and femur → pelvis rotation) for a leg frame with butt wink and lumbar extension, without landmarks. */
export function hipFor(
  leg: LegFrame,
  buttWinkDeg: number,
  lumbarExtensionDeg: number,
): { femurInPelvis: Mat3; hip: HipAngles; T: number; P: number } {
  const offset = buttWinkDeg - lumbarExtensionDeg;
  const T = balanceTrunkLean(leg, offset);
  const P = habitualPelvicTiltDeg(leg.bottomBlend, T) + offset;
  const femurInPelvis = matMul(rotZ(-P * DEG), leg.femurWorld);
  return { femurInPelvis, hip: hipAngles(femurInPelvis), T, P };
}

/** Full posture (with the body landmarks) from a leg frame. */
export function postureFrom(leg: LegFrame, q: PostureInput): Posture {
  const { femurInPelvis, hip, T, P } = hipFor(leg, q.buttWinkDeg, q.lumbarExtensionDeg);
  const landmarks = bodyLandmarks(bodyInput(leg, T, P));
  return {
    landmarks,
    pelvicTiltDeg: P,
    trunkLeanDeg: T,
    kneeFlexionDeg: leg.kneeFlexionDeg,
    ankleDorsiflexionDeg: leg.shinDeg,
    femurInPelvis,
    hip,
    balanceErrorMm: landmarks.centreOfMassMm[0] - leg.targetXMm,
    baseOfSupportMm: { heelX: leg.heelMm[0], toeX: leg.toeMm[0] },
  };
}

export function squatPosture(p: ResolvedParameters, q: PostureInput): Posture {
  return postureFrom(legFrame(p, q.depth, q.kneeFlareDeg), q);
}
