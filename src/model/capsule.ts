/**
 * Hip capsule: five regions of three fibre bundles each. Each bundle runs from
 * a pelvic attachment just outside the bony rim (pelvis frame) to a femoral
 * attachment on the neck (femur frame), wrapping over the head and around the
 * neck (fibrePath.ts: the longer of the sphere and neck-cylinder paths,
 * smoothed). Strain ε = L / L0 − 1. Tension (N) by the toe-then-linear law of
 * Blankevoort & Huiskes (1991) with ε_l = 0.03:
 *   f = 0 (ε ≤ 0),  k ε² / (4 ε_l) (0 < ε ≤ 2 ε_l),  k (ε − ε_l) (ε > 2 ε_l)
 * k (N per unit strain) = elastic modulus × cross-section from Pieroh et al.
 * (2016) split over the bundles (see docs/model.md).
 *
 * Forces on the femur: the path's length depends on the pose only through the
 * pelvic attachment's position relative to the femur, and ∂L/∂A is the unit
 * tangent at A. So a bundle's free-body force on the femur is T·∂L/∂A (forceN,
 * = −∂E/∂c: attachment pull and wrap pressure together) and its moment about
 * the head centre is (A − c) × T·∂L/∂A. The moment resisting a rotation about
 * ω is −ω · moment (resistingMoment) = Σ T ∂L/∂θ. Units: N, N·mm.
 *
 * Slack lengths L0 = (neutral-pose length) × (1 + slack) where the five
 * `slack` values (≥ 0: nothing is pre-tensioned standing) are the model's only
 * calibrated numbers (CAPSULE_SLACK). Posterior tightness t acts on the
 * posteroinferior capsule and ischiofemoral ligament only, the fibres that
 * resist internal rotation (capsule.test.ts prints each band's share): it
 * divides their slack lengths by 1 + 0.04 (t − 1) and multiplies their
 * stiffness by √t. The coefficient only sets the scale of t; a reader's seated
 * IR is turned into t by inverting this mapping (seated.ts).
 */

import type { AcetabulumShape } from './acetabulum.ts';
import { hourToPsi, socketDirection } from './acetabulum.ts';
import type { FemurShape } from './femur.ts';
import { femurSurfacePoint } from './femur.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { headNeckPath } from './fibrePath.ts';
import { DEG, IDENTITY, add, matTVec, matVec, scale } from './vec.ts';

export const CAPSULE_REGIONS = [
  'iliofemoralLateral',
  'iliofemoralMedial',
  'pubofemoral',
  'ischiofemoral',
  'posteriorCapsule',
] as const;
export type CapsuleRegion = (typeof CAPSULE_REGIONS)[number];

interface RegionAnatomy {
  /** Rim clock hours of the three pelvic attachments. */
  rimHours: [number, number, number];
  /** Femoral clock hours (around the neck axis) of the femoral attachments. */
  femurHours: [number, number, number];
  /** Femoral attachment along the neck as a fraction of neck length. */
  neckFraction: number;
  /** Region stiffness, N per unit strain (all three bundles together). */
  stiffnessN: number;
}

/**
 * Attachment sites. Pelvic (acetabular clock, right hip, 3 o'clock anterior)
 * from the navigated origins of Nam et al. (2011, HSS J 7:239–243):
 * iliofemoral 12:35–2:18, pubofemoral 4:02–5:27, ischiofemoral 8:44–11:45;
 * the remaining posteroinferior capsule, attached here at 6:00–8:12 inside
 * Nam's gap between those origins, is the model's "posteriorCapsule" region. Femoral sites (femoral neck clock, 12 superior,
 * 3 anterior) follow the classical descriptions and Telleria et al. (2014,
 * Clin Anat 27:489–497): iliofemoral arms to the intertrochanteric line
 * (lateral arm superiorly, medial arm towards the lesser trochanter),
 * pubofemoral blending into the inferior capsule without a bony insertion,
 * ischiofemoral spiralling over the back of the neck to the posterosuperior
 * neck at the base of the greater trochanter, posterior capsule to the back of
 * the neck about a centimetre short of the intertrochanteric crest. Femoral
 * clock positions are approximations (no quantitative source was verified).
 */
export const CAPSULE_ANATOMY: Readonly<Record<CapsuleRegion, RegionAnatomy>> = {
  iliofemoralLateral: {
    rimHours: [12.7, 1.1, 1.5],
    femurHours: [1.0, 1.5, 2.0],
    neckFraction: 0.95,
    stiffnessN: 1306,
  },
  iliofemoralMedial: {
    rimHours: [1.7, 2.0, 2.3],
    femurHours: [2.5, 3.0, 3.5],
    neckFraction: 0.95,
    stiffnessN: 1306,
  },
  pubofemoral: {
    rimHours: [4.1, 4.75, 5.4],
    femurHours: [3.5, 4.0, 4.5],
    neckFraction: 0.9,
    stiffnessN: 745,
  },
  ischiofemoral: {
    rimHours: [9.0, 10.25, 11.5],
    femurHours: [12.5, 1.0, 1.5],
    neckFraction: 0.95,
    stiffnessN: 720,
  },
  posteriorCapsule: {
    rimHours: [6.0, 7.1, 8.2],
    femurHours: [9.5, 10.6, 11.7],
    neckFraction: 0.75,
    stiffnessN: 720,
  },
};

/**
 * Calibrated slack (fraction of the neutral-pose length), from
 * calibrateCapsuleSlack() in calibration.ts; calibration.test.ts checks that
 * these still reproduce the targets. Changing them moves figures: bump
 * MODEL_VERSION.
 */
export const CAPSULE_SLACK: Readonly<Record<CapsuleRegion, number>> = {
  iliofemoralLateral: 0,
  iliofemoralMedial: 0.1288,
  pubofemoral: 0,
  ischiofemoral: 0,
  posteriorCapsule: 0.1506,
};

export const TOE_STRAIN = 0.03;
export const TIGHTNESS_SHORTENING = 0.04;
/** Extra radius of the wrapping sphere over the head (capsule + labrum thickness). */
export const WRAP_MARGIN_MM = 2;
/** Pelvic attachments sit this far outside the articular sphere... */
export const PELVIC_OFFSET_MM = 7;
/** ...and this many degrees back from the rim towards the dome. */
export const PELVIC_SETBACK_DEG = 6;

/** Extra radius of the neck cylinder over the mean neck waist (capsule thickness). */
export const NECK_WRAP_MARGIN_MM = 1;

/** The femur-fixed obstacles the fibres wrap over. */
export function obstaclesFor(f: FemurShape): Obstacles {
  return {
    wrapRadiusMm: f.headRadiusMm + WRAP_MARGIN_MM,
    neckAxis: f.neckAxis,
    neckRadiusMm: 0.5 * (f.waistRadiusSiMm + f.waistRadiusApMm) + NECK_WRAP_MARGIN_MM,
  };
}

export interface Fibre {
  region: CapsuleRegion;
  pelvicMm: Vec3;
  femoralMm: Vec3;
  slackLengthMm: number;
  stiffnessN: number;
}

export interface CapsuleOptions {
  posteriorCapsuleTightness: number;
  stiffnessScale: Record<CapsuleRegion, number>;
  slack?: Record<CapsuleRegion, number>;
}

export function buildFibres(f: FemurShape, a: AcetabulumShape, opts: CapsuleOptions): Fibre[] {
  const slackTable = opts.slack ?? CAPSULE_SLACK;
  const fibres: Fibre[] = [];
  const obstacles = obstaclesFor(f);
  const origin: Vec3 = [0, 0, 0];
  for (const region of CAPSULE_REGIONS) {
    const anat = CAPSULE_ANATOMY[region];
    const posterior = region === 'posteriorCapsule' || region === 'ischiofemoral';
    const t = opts.posteriorCapsuleTightness;
    const shorten = posterior ? 1 / (1 + TIGHTNESS_SHORTENING * (t - 1)) : 1;
    const stiff =
      (anat.stiffnessN / 3) * opts.stiffnessScale[region] * (posterior ? Math.sqrt(t) : 1);
    for (let i = 0; i < 3; i++) {
      const psi = hourToPsi(anat.rimHours[i] ?? 12);
      const dir = socketDirection(a, psi, a.coverageRad - PELVIC_SETBACK_DEG * DEG);
      const pelvicMm = scale(dir, a.radiusMm + PELVIC_OFFSET_MM);
      const phi = hourToPsi(anat.femurHours[i] ?? 12);
      const femoralMm = femurSurfacePoint(f, anat.neckFraction * f.neckLengthMm, phi, 1);
      const neutral = fibrePath(pelvicMm, femoralMm, IDENTITY, origin, obstacles, false);
      fibres.push({
        region,
        pelvicMm,
        femoralMm,
        slackLengthMm: neutral.lengthMm * (1 + slackTable[region]) * shorten,
        stiffnessN: stiff,
      });
    }
  }
  return fibres;
}

/** What a fibre wraps over, in the femur frame: the head sphere and the neck cylinder. */
export interface Obstacles {
  wrapRadiusMm: number;
  /** Unit neck axis (head centre → neck base), femur frame. */
  neckAxis: Vec3;
  neckRadiusMm: number;
}

export interface FibrePath {
  lengthMm: number;
  /**
   * ∂L/∂A in the pelvis frame: the unit tangent at the pelvic end, pointing to
   * the pelvic attachment (a weighted sum of two tangents where the head and neck
   * paths are blended). T times it is the fibre's free-body force on the femur.
   */
  pelvicPull: Vec3;
  /** Femoral attachment in the pelvis frame. */
  femoralPelvisMm: Vec3;
  pathMm: Vec3[] | null;
}

/** Path of a fibre from pelvic attachment A to femoral attachment B_f (femur frame) with the femur posed by (M, c). */
export function fibrePath(
  A: Vec3,
  Bf: Vec3,
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
  withPath: boolean,
): FibrePath {
  const Af = matTVec(M, [A[0] - c[0], A[1] - c[1], A[2] - c[2]]);
  const p = headNeckPath(
    Af,
    Bf,
    obstacles.wrapRadiusMm,
    obstacles.neckAxis,
    obstacles.neckRadiusMm,
    withPath,
  );
  const toPelvis = (q: Vec3): Vec3 => add(matVec(M, q), c);
  return {
    lengthMm: p.lengthMm,
    pelvicPull: matVec(M, p.gradA),
    femoralPelvisMm: toPelvis(Bf),
    pathMm: p.points ? p.points.map((q, i) => (i === 0 ? A : toPelvis(q))) : null,
  };
}

/** Toe-then-linear tension law (Blankevoort & Huiskes 1991), N. */
export function fibreTension(strain: number, stiffnessN: number): number {
  if (strain <= 0) return 0;
  if (strain <= 2 * TOE_STRAIN) return (stiffnessN * strain * strain) / (4 * TOE_STRAIN);
  return stiffnessN * (strain - TOE_STRAIN);
}

/** Elastic energy stored in one fibre, N·mm: L0 ∫ f(ε) dε of the toe-then-linear law. */
export function fibreEnergy(strain: number, stiffnessN: number, slackLengthMm: number): number {
  if (strain <= 0) return 0;
  const el = TOE_STRAIN;
  const perL0 =
    strain <= 2 * el
      ? (stiffnessN * strain ** 3) / (12 * el)
      : stiffnessN * (0.5 * strain * strain - el * strain + (2 / 3) * el * el);
  return perL0 * slackLengthMm;
}

/** Total elastic energy of the capsule for a pose, N·mm. */
export function capsuleEnergy(fibres: Fibre[], M: Mat3, c: Vec3, obstacles: Obstacles): number {
  let e = 0;
  for (const fb of fibres) {
    const p = fibrePath(fb.pelvicMm, fb.femoralMm, M, c, obstacles, false);
    e += fibreEnergy(p.lengthMm / fb.slackLengthMm - 1, fb.stiffnessN, fb.slackLengthMm);
  }
  return e;
}

export interface CapsuleLoads {
  /**
   * Free-body force of the capsule on the femur, pelvis frame, N: Σ T ∂L/∂A =
   * −∂E/∂c, the gradient of the capsule's energy with respect to head
   * translation. It includes the pull at the femoral attachment and the wrap
   * pressure on the head and neck (both act on the same rigid femur), so it
   * pulls the femur towards its taut fibres.
   */
  forceN: Vec3;
  /** Net capsule moment on the femur about the head centre, pelvis frame, N·mm: Σ (A − c) × T ∂L/∂A. */
  momentNmm: Vec3;
}

/** Net force and moment of all fibres on the femur (fast path, no per-fibre output). */
export function capsuleLoads(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
): CapsuleLoads {
  let fx = 0,
    fy = 0,
    fz = 0,
    mx = 0,
    my = 0,
    mz = 0;
  const Af: Vec3 = [0, 0, 0];
  for (const fb of fibres) {
    // Inlined fibrePath (this loop runs ~100 times per solveHip): A in the femur frame.
    const ax = fb.pelvicMm[0] - c[0],
      ay = fb.pelvicMm[1] - c[1],
      az = fb.pelvicMm[2] - c[2];
    Af[0] = M[0] * ax + M[3] * ay + M[6] * az;
    Af[1] = M[1] * ax + M[4] * ay + M[7] * az;
    Af[2] = M[2] * ax + M[5] * ay + M[8] * az;
    const p = headNeckPath(
      Af,
      fb.femoralMm,
      obstacles.wrapRadiusMm,
      obstacles.neckAxis,
      obstacles.neckRadiusMm,
      false,
    );
    const T = fibreTension(p.lengthMm / fb.slackLengthMm - 1, fb.stiffnessN);
    if (T <= 0) continue;
    const q = p.gradA;
    const gx = T * (M[0] * q[0] + M[1] * q[1] + M[2] * q[2]),
      gy = T * (M[3] * q[0] + M[4] * q[1] + M[5] * q[2]),
      gz = T * (M[6] * q[0] + M[7] * q[1] + M[8] * q[2]);
    fx += gx;
    fy += gy;
    fz += gz;
    const rx = fb.pelvicMm[0] - c[0],
      ry = fb.pelvicMm[1] - c[1],
      rz = fb.pelvicMm[2] - c[2];
    mx += ry * gz - rz * gy;
    my += rz * gx - rx * gz;
    mz += rx * gy - ry * gx;
  }
  return { forceN: [fx, fy, fz], momentNmm: [mx, my, mz] };
}

/** Slope of the tension law, N per unit strain: dT/dε (continuous at both corners). */
export function fibreTensionSlope(strain: number, stiffnessN: number): number {
  if (strain <= 0) return 0;
  if (strain <= 2 * TOE_STRAIN) return (stiffnessN * strain) / (2 * TOE_STRAIN);
  return stiffnessN;
}

/**
 * The capsule's free-body force on the femur (as capsuleLoads) and its
 * stiffness against head translation, for the glide balance's Newton steps.
 * stiffness (row-major 3×3, N/mm) is the Gauss–Newton part of the capsule
 * energy's Hessian, Σ (dT/dε / L0) g gᵀ with g = ∂L/∂c: each taut fibre
 * resists being stretched further along its own line. The dropped term,
 * Σ T ∂²L/∂c², is the sideways stiffness of a fibre under tension (≈ T / ℓ,
 * a few N/mm against the cartilage's 150), so the steps stay close to
 * Newton's; solveGlide checks the balance itself, not this matrix.
 */
export function capsuleForceAndStiffness(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
): { forceN: Vec3; stiffnessNPerMm: number[] } {
  let fx = 0,
    fy = 0,
    fz = 0;
  let kxx = 0,
    kxy = 0,
    kxz = 0,
    kyy = 0,
    kyz = 0,
    kzz = 0;
  const Af: Vec3 = [0, 0, 0];
  for (const fb of fibres) {
    const ax = fb.pelvicMm[0] - c[0],
      ay = fb.pelvicMm[1] - c[1],
      az = fb.pelvicMm[2] - c[2];
    Af[0] = M[0] * ax + M[3] * ay + M[6] * az;
    Af[1] = M[1] * ax + M[4] * ay + M[7] * az;
    Af[2] = M[2] * ax + M[5] * ay + M[8] * az;
    const p = headNeckPath(
      Af,
      fb.femoralMm,
      obstacles.wrapRadiusMm,
      obstacles.neckAxis,
      obstacles.neckRadiusMm,
      false,
    );
    const strain = p.lengthMm / fb.slackLengthMm - 1;
    if (strain <= 0) continue;
    const T = fibreTension(strain, fb.stiffnessN);
    const q = p.gradA;
    const ux = M[0] * q[0] + M[1] * q[1] + M[2] * q[2],
      uy = M[3] * q[0] + M[4] * q[1] + M[5] * q[2],
      uz = M[6] * q[0] + M[7] * q[1] + M[8] * q[2];
    fx += T * ux;
    fy += T * uy;
    fz += T * uz;
    const s = fibreTensionSlope(strain, fb.stiffnessN) / fb.slackLengthMm;
    kxx += s * ux * ux;
    kxy += s * ux * uy;
    kxz += s * ux * uz;
    kyy += s * uy * uy;
    kyz += s * uy * uz;
    kzz += s * uz * uz;
  }
  return {
    forceN: [fx, fy, fz],
    stiffnessNPerMm: [kxx, kxy, kxz, kxy, kyy, kyz, kxz, kyz, kzz],
  };
}

/**
 * Capsule moment resisting a rotation of the femur about the unit axis ω
 * (pelvis frame, through the head centre), N·mm: Σ T_i ∂L_i/∂θ. Rotating the
 * femur by θ moves the pelvic attachment relative to the femur by −ω × (A − c),
 * so ∂L/∂θ = −ω · ((A − c) × ∂L/∂A) and the sum is −ω · (net capsule moment).
 * Exact for any wrap, one length evaluation per fibre. Positive = the capsule
 * opposes the motion; a fibre the motion shortens contributes nothing (slack)
 * or a negative share (taut, helping the motion).
 */
export function resistingMoment(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
  axis: Vec3,
): number {
  const m = capsuleLoads(fibres, M, c, obstacles).momentNmm;
  return -(axis[0] * m[0] + axis[1] * m[1] + axis[2] * m[2]);
}

/** Each region's share of the resisting moment about ω (N·mm), for reports and tests. */
export function resistingMomentByRegion(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
  axis: Vec3,
): Record<CapsuleRegion, number> {
  const out = {} as Record<CapsuleRegion, number>;
  for (const r of CAPSULE_REGIONS) out[r] = 0;
  for (const fb of fibres) {
    const one = resistingMoment([fb], M, c, obstacles, axis);
    out[fb.region] += one;
  }
  return out;
}

/** Fibre lengths (mm) for a pose, in fibre order. */
export function fibreLengths(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < fibres.length; i++) {
    const fb = fibres[i];
    if (fb) out[i] = fibrePath(fb.pelvicMm, fb.femoralMm, M, c, obstacles, false).lengthMm;
  }
  return out;
}

export interface FibreState {
  pathMm: Vec3[];
  strain: number;
  tensionN: number;
}

export interface RegionState {
  /** Largest fibre strain in the region. */
  strain: number;
  /** Sum of the region's fibre tensions, N. */
  tensionN: number;
  fibres: FibreState[];
}

export type CapsuleState = Record<CapsuleRegion, RegionState>;

/** Per-fibre output for drawing. */
export function capsuleState(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  obstacles: Obstacles,
): CapsuleState {
  const out = {} as CapsuleState;
  for (const region of CAPSULE_REGIONS)
    out[region] = { strain: -Infinity, tensionN: 0, fibres: [] };
  for (const fb of fibres) {
    const p = fibrePath(fb.pelvicMm, fb.femoralMm, M, c, obstacles, true);
    const strain = p.lengthMm / fb.slackLengthMm - 1;
    const tensionN = fibreTension(strain, fb.stiffnessN);
    const region = out[fb.region];
    region.fibres.push({ pathMm: p.pathMm ?? [], strain, tensionN });
    region.strain = Math.max(region.strain, strain);
    region.tensionN += tensionN;
  }
  return out;
}
