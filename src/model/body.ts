/**
 * Whole-body figure and balance, world frame in mm: floor at y = 0, X forward,
 * Y up, Z right. Segment lengths, masses and centre-of-mass positions from de
 * Leva (1996), male values (Table 4; lengths for his 1741 mm mean stature),
 * scaled by statureMm / 1741. Body centre of mass:
 *   COM = Σ m_i · p_i / Σ m_i   (legs and arms counted twice; the squat is
 *   symmetric, so z cancels)
 * The trunk (mid-hip → C7) is drawn as three rigid parts — pelvis (turns with
 * pelvic tilt P), lumbar chord (at the mean of pelvis and thorax angles) and
 * thorax (trunk lean T) — with de Leva's trunk centre of mass placed along
 * that polyline. The arms reach forward as the squat deepens (a common
 * bodyweight-squat counterbalance; an assumption of the figure). Pelvic and
 * lumbar landmark offsets are drawing approximations, not measurements.
 */

import type { Vec3 } from './vec.ts';
import { DEG, add, addScaled, lerp, scale } from './vec.ts';

/** de Leva (1996) Table 4, males: mass fraction, CoM fraction from the proximal landmark, length (mm). */
export const DE_LEVA = {
  statureMm: 1741,
  headNeck: { mass: 0.0694, com: 0.5002, lengthMm: 242.9 }, // VERT → CERV, CoM from VERT
  trunk: { mass: 0.4346, com: 0.5138, lengthMm: 603.3 }, // CERV → MIDH, CoM from CERV
  upperArm: { mass: 0.0271, com: 0.5772, lengthMm: 281.7 },
  forearm: { mass: 0.0162, com: 0.4574, lengthMm: 268.9 },
  hand: { mass: 0.0061, com: 0.79, lengthMm: 86.2 },
  thigh: { mass: 0.1416, com: 0.4095, lengthMm: 422.2 }, // HJC → KJC
  shank: { mass: 0.0433, com: 0.4459, lengthMm: 434.0 }, // KJC → LMAL
  foot: { mass: 0.0137, com: 0.4415, lengthMm: 258.1 }, // HEEL → TTIP
} as const;

/** Figure assumptions (mm at 1741 mm stature). */
export const FIGURE = {
  ankleHeightMm: 70,
  /** Ankle sits this fraction of foot length in front of the heel. */
  ankleFromHeel: 0.22,
  hipSeparationMm: 175,
  sacrumFromMidHip: [-30, 105, 0] as Vec3,
  lumbarChordMm: 180,
  /** Standing forward lean of the S1 → L1 chord, bringing C7 back over the hips. */
  lumbarChordLeanDeg: 10,
  shoulderBelowC7Mm: 40,
  shoulderHalfWidthMm: 190,
  /** Standing lumbar lordosis used to draw the curve (deg). */
  standingLordosisDeg: 40,
};

export interface Landmarks {
  toeMm: Vec3;
  heelMm: Vec3;
  ankleMm: Vec3;
  kneeMm: Vec3;
  hipMm: Vec3;
  midHipMm: Vec3;
  /** Right anterior superior iliac spine and iliac crest, moving with the pelvis. */
  asisMm: Vec3;
  pelvisTopMm: Vec3;
  sacrumMm: Vec3;
  /** Sacrum (S1) → thoracolumbar junction, 7 points; bulges forward with lordosis, backward when flexed. */
  lumbarCurveMm: Vec3[];
  c7Mm: Vec3;
  shoulderMm: Vec3;
  elbowMm: Vec3;
  handMm: Vec3;
  headMm: Vec3;
  centreOfMassMm: Vec3;
}

export interface BodyInput {
  scale: number;
  ankleMm: Vec3;
  kneeMm: Vec3;
  hipMm: Vec3;
  heelMm: Vec3;
  toeMm: Vec3;
  /** Posterior pelvic tilt from standing, deg. */
  pelvicTiltDeg: number;
  /** Thorax forward lean from vertical, deg. */
  trunkLeanDeg: number;
  /** Arm elevation from hanging, deg (90 = reaching forward). */
  armElevationDeg: number;
}

/** Unit vector leaning forward from vertical by a (deg) in the sagittal plane. */
const lean = (aDeg: number): Vec3 => [Math.sin(aDeg * DEG), Math.cos(aDeg * DEG), 0];

/** Rotate a sagittal offset by the pelvis (posterior tilt P = rotation about +Z). */
const pelvisRotate = (v: Vec3, pDeg: number): Vec3 => {
  const c = Math.cos(pDeg * DEG);
  const s = Math.sin(pDeg * DEG);
  return [c * v[0] - s * v[1], s * v[0] + c * v[1], v[2]];
};

export function bodyLandmarks(b: BodyInput): Landmarks {
  const k = b.scale;
  const P = b.pelvicTiltDeg;
  const T = b.trunkLeanDeg;
  const midHipMm: Vec3 = [b.hipMm[0], b.hipMm[1], 0];
  const sacrumMm = add(midHipMm, pelvisRotate(scale(FIGURE.sacrumFromMidHip, k), P));
  const asisMm = add(b.hipMm, pelvisRotate([40 * k, 70 * k, 20 * k], P));
  const pelvisTopMm = add(b.hipMm, pelvisRotate([-20 * k, 120 * k, 25 * k], P));
  const lumbarLen = FIGURE.lumbarChordMm * k;
  const lumbarTop = addScaled(sacrumMm, lean((T - P) / 2 + FIGURE.lumbarChordLeanDeg), lumbarLen);
  const trunkLen = DE_LEVA.trunk.lengthMm * k;
  const pelvisLen = Math.hypot(FIGURE.sacrumFromMidHip[0], FIGURE.sacrumFromMidHip[1]) * k;
  const thoraxLen = Math.max(50 * k, trunkLen - pelvisLen - lumbarLen);
  const c7Mm = addScaled(lumbarTop, lean(T), thoraxLen);
  // Lumbar curve: quadratic Bézier bulging forward by the remaining lordosis.
  const lumbarFlexion = T + P;
  const lordosis = (FIGURE.standingLordosisDeg - lumbarFlexion) * DEG;
  const mid = lerp(sacrumMm, lumbarTop, 0.5);
  const chordLean = ((T - P) / 2 + FIGURE.lumbarChordLeanDeg) * DEG;
  const forwardNormal: Vec3 = [Math.cos(chordLean), -Math.sin(chordLean), 0];
  const control = addScaled(mid, forwardNormal, (lumbarLen / 2) * Math.tan(lordosis / 2));
  const lumbarCurveMm: Vec3[] = [];
  for (let i = 0; i <= 6; i++) {
    const t = i / 6;
    lumbarCurveMm.push(
      add(
        add(scale(sacrumMm, (1 - t) * (1 - t)), scale(control, 2 * t * (1 - t))),
        scale(lumbarTop, t * t),
      ),
    );
  }
  const headDir = lean(0.4 * T);
  const headMm = addScaled(
    c7Mm,
    headDir,
    (1 - DE_LEVA.headNeck.com) * DE_LEVA.headNeck.lengthMm * k,
  );
  const shoulderMm = add(addScaled(c7Mm, lean(T), -FIGURE.shoulderBelowC7Mm * k), [
    0,
    0,
    FIGURE.shoulderHalfWidthMm * k,
  ]);
  const armDir: Vec3 = [Math.sin(b.armElevationDeg * DEG), -Math.cos(b.armElevationDeg * DEG), 0];
  const elbowMm = addScaled(shoulderMm, armDir, DE_LEVA.upperArm.lengthMm * k);
  const wrist = addScaled(elbowMm, armDir, DE_LEVA.forearm.lengthMm * k);
  const handMm = addScaled(wrist, armDir, DE_LEVA.hand.lengthMm * k);

  // Centre of mass: trunk CoM along the polyline midHip → sacrum → lumbarTop → C7.
  const trunkFromHip = (1 - DE_LEVA.trunk.com) * trunkLen;
  const polyline: Vec3[] = [midHipMm, sacrumMm, lumbarTop, c7Mm];
  let trunkCom = c7Mm;
  let remaining = trunkFromHip;
  for (let i = 0; i < 3; i++) {
    const a = polyline[i] ?? midHipMm;
    const c = polyline[i + 1] ?? c7Mm;
    const len = Math.hypot(c[0] - a[0], c[1] - a[1], c[2] - a[2]);
    if (remaining <= len) {
      trunkCom = lerp(a, c, remaining / len);
      break;
    }
    remaining -= len;
  }
  const parts: [number, Vec3][] = [
    [DE_LEVA.trunk.mass, trunkCom],
    [
      DE_LEVA.headNeck.mass,
      addScaled(c7Mm, headDir, (1 - DE_LEVA.headNeck.com) * DE_LEVA.headNeck.lengthMm * k),
    ],
    [2 * DE_LEVA.upperArm.mass, lerp(shoulderMm, elbowMm, DE_LEVA.upperArm.com)],
    [2 * DE_LEVA.forearm.mass, lerp(elbowMm, wrist, DE_LEVA.forearm.com)],
    [2 * DE_LEVA.hand.mass, lerp(wrist, handMm, DE_LEVA.hand.com)],
    [2 * DE_LEVA.thigh.mass, lerp(b.hipMm, b.kneeMm, DE_LEVA.thigh.com)],
    [2 * DE_LEVA.shank.mass, lerp(b.kneeMm, b.ankleMm, DE_LEVA.shank.com)],
    [
      2 * DE_LEVA.foot.mass,
      add(lerp(b.heelMm, b.toeMm, DE_LEVA.foot.com), [0, FIGURE.ankleHeightMm * k * 0.5, 0]),
    ],
  ];
  let m = 0;
  let cx = 0;
  let cy = 0;
  for (const [mass, p] of parts) {
    m += mass;
    cx += mass * p[0];
    cy += mass * p[1];
  }
  return {
    toeMm: b.toeMm,
    heelMm: b.heelMm,
    ankleMm: b.ankleMm,
    kneeMm: b.kneeMm,
    hipMm: b.hipMm,
    midHipMm,
    asisMm,
    pelvisTopMm,
    sacrumMm,
    lumbarCurveMm,
    c7Mm,
    shoulderMm,
    elbowMm,
    handMm,
    headMm,
    centreOfMassMm: [cx / m, cy / m, 0],
  };
}

/**
 * Forward (x) position of the whole-body centre of mass, the same sum as
 * bodyLandmarks().centreOfMassMm[0] computed without building the landmarks
 * (the balance solve calls it a dozen times per posture).
 */
export function bodyCentreOfMassX(b: BodyInput): number {
  const k = b.scale;
  const P = b.pelvicTiltDeg * DEG;
  const T = b.trunkLeanDeg;
  const cP = Math.cos(P);
  const sP = Math.sin(P);
  const hx = b.hipMm[0];
  const hy = b.hipMm[1];
  const sfx = FIGURE.sacrumFromMidHip[0] * k;
  const sfy = FIGURE.sacrumFromMidHip[1] * k;
  const sacX = hx + cP * sfx - sP * sfy;
  const sacY = hy + sP * sfx + cP * sfy;
  const lumbarLen = FIGURE.lumbarChordMm * k;
  const chord = ((T - b.pelvicTiltDeg) / 2 + FIGURE.lumbarChordLeanDeg) * DEG;
  const ltX = sacX + Math.sin(chord) * lumbarLen;
  const ltY = sacY + Math.cos(chord) * lumbarLen;
  const trunkLen = DE_LEVA.trunk.lengthMm * k;
  const pelvisLen = Math.hypot(FIGURE.sacrumFromMidHip[0], FIGURE.sacrumFromMidHip[1]) * k;
  const thoraxLen = Math.max(50 * k, trunkLen - pelvisLen - lumbarLen);
  const tR = T * DEG;
  const c7X = ltX + Math.sin(tR) * thoraxLen;
  const c7Y = ltY + Math.cos(tR) * thoraxLen;
  // Trunk CoM along midHip → sacrum → lumbarTop → C7.
  const px = [hx, sacX, ltX, c7X];
  const py = [hy, sacY, ltY, c7Y];
  let remaining = (1 - DE_LEVA.trunk.com) * trunkLen;
  let trunkX = c7X;
  for (let i = 0; i < 3; i++) {
    const ax = px[i] ?? hx;
    const ay = py[i] ?? hy;
    const cx = px[i + 1] ?? c7X;
    const cy = py[i + 1] ?? c7Y;
    const len = Math.hypot(cx - ax, cy - ay);
    if (remaining <= len) {
      trunkX = ax + ((cx - ax) * remaining) / len;
      break;
    }
    remaining -= len;
  }
  const headX =
    c7X + Math.sin(0.4 * tR) * (1 - DE_LEVA.headNeck.com) * DE_LEVA.headNeck.lengthMm * k;
  const shX = c7X - Math.sin(tR) * FIGURE.shoulderBelowC7Mm * k;
  const armS = Math.sin(b.armElevationDeg * DEG);
  const elX = shX + armS * DE_LEVA.upperArm.lengthMm * k;
  const wrX = elX + armS * DE_LEVA.forearm.lengthMm * k;
  const haX = wrX + armS * DE_LEVA.hand.lengthMm * k;
  const L = DE_LEVA;
  const m =
    L.trunk.mass +
    L.headNeck.mass +
    2 *
      (L.upperArm.mass + L.forearm.mass + L.hand.mass + L.thigh.mass + L.shank.mass + L.foot.mass);
  const x =
    L.trunk.mass * trunkX +
    L.headNeck.mass * headX +
    2 * L.upperArm.mass * (shX + (elX - shX) * L.upperArm.com) +
    2 * L.forearm.mass * (elX + (wrX - elX) * L.forearm.com) +
    2 * L.hand.mass * (wrX + (haX - wrX) * L.hand.com) +
    2 * L.thigh.mass * (b.hipMm[0] + (b.kneeMm[0] - b.hipMm[0]) * L.thigh.com) +
    2 * L.shank.mass * (b.kneeMm[0] + (b.ankleMm[0] - b.kneeMm[0]) * L.shank.com) +
    2 * L.foot.mass * (b.heelMm[0] + (b.toeMm[0] - b.heelMm[0]) * L.foot.com);
  return x / m;
}
