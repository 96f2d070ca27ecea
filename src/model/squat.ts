/**
 * Squat posture from depth (world frame as in body.ts; right leg; mm, deg).
 *
 * squatDepth d ∈ [0, 1] is absolute — the same thigh position for every hip:
 *   thigh elevation from vertical  e(d) = 268 d − 202 d² + 52 d³
 *   (e = 0 standing, 90° at d = 0.5 with the hip level with the knee,
 *    118° at d = 1, which with a 38° shin gives the ~155° knee flexion of a
 *    full squat with hamstrings on calves; Hemmerich et al. 2006).
 * Shin lean s = softmin(38°·(1 − (1 − d)³), ankle dorsiflexion limit): the knee
 * travels forward over the foot until the ankle runs out.
 * Feet: ankles stanceWidth apart, turned out by τ; the knee tracks over the
 * foot (plus any knee flare). Hip height follows from thigh and shin lengths
 * (de Leva 1996). The thorax lean T is solved so the whole-body centre of mass
 * sits 10% of the foot length ahead of the ankle, inside the base of support.
 * Pelvis: in the textbook posture the lumbar spine stays neutral, so the
 * pelvis turns with the thorax: P = −T. Compensations add butt wink (posterior
 * tilt, +) and lumbar extension (anterior tilt, −): P = −T + wink − extension.
 * The femur's orientation comes from the leg: its long axis is knee → hip and
 * its condylar axis is normal to the hip–knee–ankle plane (blended with the
 * foot's transverse axis near a straight knee). Hip angles are this femur
 * frame seen from the pelvis (ISB), so the posture itself sets how much hip
 * rotation it requires.
 */

import type { Landmarks } from './body.ts';
import { DE_LEVA, FIGURE, bodyLandmarks } from './body.ts';
import type { ResolvedParameters } from './parameters.ts';
import type { HipAngles, Mat3, Vec3 } from './vec.ts';
import { DEG, add, clamp, cross, dot, fromColumns, hipAngles, matMul, normalize, rotZ, scale, smoothstep, softMin, sub } from './vec.ts';

export const FULL_SQUAT_SHIN_LEAN_DEG = 38;
/** Centre of mass target: this fraction of foot length ahead of the ankle (inside the base of support). */
export const BALANCE_AHEAD_OF_ANKLE = 0.1;

export const thighElevationDeg = (d: number): number => 268 * d - 202 * d * d + 52 * d * d * d;

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

export function squatPosture(p: ResolvedParameters, q: PostureInput): Posture {
  const k = p.statureMm / DE_LEVA.statureMm;
  const Ls = DE_LEVA.shank.lengthMm * k;
  const Lt = DE_LEVA.thigh.lengthMm * k;
  const Lf = DE_LEVA.foot.lengthMm * k;
  const d = clamp(q.depth, 0, 1);
  const tau = p.footTurnOutDeg * DEG;
  const g = (p.footTurnOutDeg + q.kneeFlareDeg) * DEG;
  const ankleMm: Vec3 = [0, FIGURE.ankleHeightMm * k, p.stanceWidthMm / 2];
  const foot: Vec3 = [Math.cos(tau), 0, Math.sin(tau)];
  const heelMm: Vec3 = [ankleMm[0] - FIGURE.ankleFromHeel * Lf * foot[0], 0, ankleMm[2] - FIGURE.ankleFromHeel * Lf * foot[2]];
  const toeMm = add(heelMm, scale(foot, Lf));
  const shinDeg = softMin(FULL_SQUAT_SHIN_LEAN_DEG * (1 - (1 - d) ** 3), p.ankleDorsiflexionDeg, 3);
  const s = shinDeg * DEG;
  const zHip = (FIGURE.hipSeparationMm * k) / 2;
  // Near standing the leg is straight from ankle to hip, so the knee sits
  // inside the foot's plane; the shift fades out by a third of the way down.
  const straighten = ((zHip - ankleMm[2]) * Ls) / (Ls + DE_LEVA.thigh.lengthMm * k) * (1 - smoothstep(d / 0.3));
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
  const zRaw = add(legNormal, scale(footLateral, 0.2 * Lt * Ls));
  const zF = normalize(sub(zRaw, scale(yF, dot(zRaw, yF))));
  const xF = cross(yF, zF);
  const femurWorld = fromColumns(xF, yF, zF);

  const kneeFlexionDeg = 180 - Math.acos(clamp(dot(yF, normalize(sub(ankleMm, kneeMm))), -1, 1)) / DEG;
  const armElevationDeg = 90 * smoothstep(d / 0.5);
  const target = ankleMm[0] + BALANCE_AHEAD_OF_ANKLE * Lf * foot[0];
  const bodyAt = (T: number) =>
    bodyLandmarks({
      scale: k,
      ankleMm,
      kneeMm,
      hipMm,
      heelMm,
      toeMm,
      pelvicTiltDeg: -T + q.buttWinkDeg - q.lumbarExtensionDeg,
      trunkLeanDeg: T,
      armElevationDeg,
    });
  let lo = -20;
  let hi = 85;
  const err = (T: number) => bodyAt(T).centreOfMassMm[0] - target;
  let T: number;
  if (err(lo) >= 0) T = lo;
  else if (err(hi) <= 0) T = hi;
  else {
    for (let i = 0; i < 40; i++) {
      const m = 0.5 * (lo + hi);
      if (err(m) < 0) lo = m;
      else hi = m;
    }
    T = 0.5 * (lo + hi);
  }
  const landmarks = bodyAt(T);
  const P = -T + q.buttWinkDeg - q.lumbarExtensionDeg;
  const femurInPelvis = matMul(rotZ(-P * DEG), femurWorld);
  return {
    landmarks,
    pelvicTiltDeg: P,
    trunkLeanDeg: T,
    kneeFlexionDeg,
    ankleDorsiflexionDeg: shinDeg,
    femurInPelvis,
    hip: hipAngles(femurInPelvis),
    balanceErrorMm: landmarks.centreOfMassMm[0] - target,
    baseOfSupportMm: { heelX: heelMm[0], toeX: toeMm[0] },
  };
}
