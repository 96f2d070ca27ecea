/**
 * Hip capsule: five regions of three fibre bundles each. Each bundle runs from
 * a pelvic attachment just outside the bony rim (pelvis frame) to a femoral
 * attachment on the neck (femur frame), wrapping over the head (a sphere of
 * radius R + 2 mm around the head centre) when the straight line would cut it.
 *
 * Length with wrap (shortest path over a sphere, in the plane of A, B and c):
 *   L = √(|a|² − r²) + √(|b|² − r²) + r·(γ − acos(r/|a|) − acos(r/|b|))
 * where a = A − c, b = B − c and γ = ∠(a, b); straight when that arc is ≤ 0.
 * Strain ε = L / L0 − 1. Tension (N) by the toe-then-linear law of Blankevoort
 * & Huiskes (1991) with ε_l = 0.03:
 *   f = 0 (ε ≤ 0),  k ε² / (4 ε_l) (0 < ε ≤ 2 ε_l),  k (ε − ε_l) (ε > 2 ε_l)
 * k (N per unit strain) = elastic modulus × cross-section from Schleifenbaum
 * et al. (2016) split over the bundles (see docs/model.md).
 *
 * Forces on the femur: frictionless wrapping means a bundle pulls the femur,
 * as a whole, with T along the pelvic-end segment towards the pelvic
 * attachment (forceN); its moment about the head centre is (B − c) × T·û_B
 * (the wrap's contact pressure passes through the centre). The wrap's own
 * pressure on the head, T (û_A − û_B), is reported separately (slingN): it is
 * what the glide model uses (glide.ts). Units: N and N·mm. The moment
 * resisting a rotation about ω is −ω · moment (resistingMoment), the sum of
 * T ∂L/∂θ over the fibres.
 *
 * Slack lengths L0 = (neutral-pose length) × (1 + slack) where the five
 * `slack` values are the model's only calibrated numbers (CAPSULE_SLACK).
 * Posterior tightness t (posteriorCapsule and ischiofemoral regions) divides
 * their slack lengths by 1 + 0.015 (t − 1) and multiplies their stiffness by
 * √t; with the calibrated slack this maps t = 1, 1.5, 2, 3 to seated internal
 * rotation of about 31°, 20°, 14° and 7° (the mapping is what gives t its
 * meaning; the coefficients are a choice, see docs/model.md).
 */

import type { AcetabulumShape } from './acetabulum.ts';
import { hourToPsi, socketDirection } from './acetabulum.ts';
import type { FemurShape } from './femur.ts';
import { femurSurfacePoint } from './femur.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { DEG, IDENTITY, add, matVec, scale } from './vec.ts';

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
 * the remaining posteroinferior capsule (6:50–8:25) is the model's
 * "posteriorCapsule" region. Femoral sites (femoral neck clock, 12 superior,
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
    rimHours: [4.1, 4.7, 5.3],
    femurHours: [3.5, 4.0, 4.5],
    neckFraction: 0.9,
    stiffnessN: 745,
  },
  ischiofemoral: {
    rimHours: [9.5, 10.2, 10.9],
    femurHours: [12.5, 1.0, 1.5],
    neckFraction: 0.95,
    stiffnessN: 720,
  },
  posteriorCapsule: {
    rimHours: [6.3, 6.8, 7.3],
    femurHours: [8.0, 9.0, 10.0],
    neckFraction: 0.7,
    stiffnessN: 360,
  },
};

/**
 * Calibrated slack (fraction of the neutral-pose length), from
 * calibrateCapsuleSlack() in calibration.ts; calibration.test.ts checks that
 * these still reproduce the targets. Changing them moves figures: bump
 * MODEL_VERSION.
 */
export const CAPSULE_SLACK: Readonly<Record<CapsuleRegion, number>> = {
  iliofemoralLateral: 0.1308,
  iliofemoralMedial: 0.1145,
  pubofemoral: 0.1352,
  ischiofemoral: 0.0798,
  posteriorCapsule: 0.3635,
};

export const TOE_STRAIN = 0.03;
export const TIGHTNESS_SHORTENING = 0.015;
/** Extra radius of the wrapping sphere over the head (capsule + labrum thickness). */
export const WRAP_MARGIN_MM = 2;
/** Pelvic attachments sit this far outside the articular sphere... */
export const PELVIC_OFFSET_MM = 7;
/** ...and this many degrees back from the rim towards the dome. */
export const PELVIC_SETBACK_DEG = 6;

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
  const wrapR = f.headRadiusMm + WRAP_MARGIN_MM;
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
      const neutral = fibrePath(pelvicMm, femoralMm, IDENTITY, origin, wrapR, false);
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

export interface FibrePath {
  lengthMm: number;
  /** Unit vector at the pelvic end pointing to the pelvic attachment (force direction on the femur). */
  pelvicPull: Vec3;
  /** Unit vector at the femoral attachment pointing along the fibre. */
  femoralPull: Vec3;
  /** Femoral attachment in the pelvis frame. */
  femoralPelvisMm: Vec3;
  pathMm: Vec3[] | null;
}

/** Path of a fibre from pelvic attachment A to femoral attachment B_f (femur frame) posed by (M, c). */
export function fibrePath(
  A: Vec3,
  Bf: Vec3,
  M: Mat3,
  c: Vec3,
  wrapR: number,
  withPath: boolean,
): FibrePath {
  const B = add(matVec(M, Bf), c);
  const ax = A[0] - c[0],
    ay = A[1] - c[1],
    az = A[2] - c[2];
  const bx = B[0] - c[0],
    by = B[1] - c[1],
    bz = B[2] - c[2];
  const la = Math.sqrt(ax * ax + ay * ay + az * az);
  const lb = Math.sqrt(bx * bx + by * by + bz * bz);
  const r = Math.min(wrapR, 0.98 * la, 0.98 * lb);
  const cx = ay * bz - az * by,
    cy = az * bx - ax * bz,
    cz = ax * by - ay * bx;
  const crossLen = Math.sqrt(cx * cx + cy * cy + cz * cz);
  const gamma = Math.atan2(crossLen, ax * bx + ay * by + az * bz);
  const ta = Math.acos(r / la);
  const tb = Math.acos(r / lb);
  const arc = gamma - ta - tb;
  if (arc <= 0 || crossLen < 1e-9) {
    const dx = A[0] - B[0],
      dy = A[1] - B[1],
      dz = A[2] - B[2];
    const L = Math.sqrt(dx * dx + dy * dy + dz * dz);
    const u: Vec3 = [dx / L, dy / L, dz / L];
    return {
      lengthMm: L,
      pelvicPull: u,
      femoralPull: u,
      femoralPelvisMm: B,
      pathMm: withPath ? [A, B] : null,
    };
  }
  // Orthonormal basis of the wrap plane: e1 along a, e2 towards b.
  const e1: Vec3 = [ax / la, ay / la, az / la];
  const bd = bx * e1[0] + by * e1[1] + bz * e1[2];
  let e2x = bx - bd * e1[0],
    e2y = by - bd * e1[1],
    e2z = bz - bd * e1[2];
  const e2l = Math.sqrt(e2x * e2x + e2y * e2y + e2z * e2z);
  e2x /= e2l;
  e2y /= e2l;
  e2z /= e2l;
  const onSphere = (ang: number): Vec3 => [
    c[0] + r * (Math.cos(ang) * e1[0] + Math.sin(ang) * e2x),
    c[1] + r * (Math.cos(ang) * e1[1] + Math.sin(ang) * e2y),
    c[2] + r * (Math.cos(ang) * e1[2] + Math.sin(ang) * e2z),
  ];
  const TA = onSphere(ta);
  const TB = onSphere(gamma - tb);
  const L = Math.sqrt(la * la - r * r) + Math.sqrt(lb * lb - r * r) + r * arc;
  const pa: Vec3 = [A[0] - TA[0], A[1] - TA[1], A[2] - TA[2]];
  const pal = Math.sqrt(pa[0] * pa[0] + pa[1] * pa[1] + pa[2] * pa[2]);
  const pb: Vec3 = [TB[0] - B[0], TB[1] - B[1], TB[2] - B[2]];
  const pbl = Math.sqrt(pb[0] * pb[0] + pb[1] * pb[1] + pb[2] * pb[2]);
  let pathMm: Vec3[] | null = null;
  if (withPath) {
    pathMm = [A, TA];
    const steps = Math.max(1, Math.ceil(arc / (8 * DEG)));
    for (let i = 1; i < steps; i++) pathMm.push(onSphere(ta + (arc * i) / steps));
    pathMm.push(TB, B);
  }
  return {
    lengthMm: L,
    pelvicPull: [pa[0] / pal, pa[1] / pal, pa[2] / pal],
    femoralPull: [pb[0] / pbl, pb[1] / pbl, pb[2] / pbl],
    femoralPelvisMm: B,
    pathMm,
  };
}

/** Toe-then-linear tension law (Blankevoort & Huiskes 1991), N. */
export function fibreTension(strain: number, stiffnessN: number): number {
  if (strain <= 0) return 0;
  if (strain <= 2 * TOE_STRAIN) return (stiffnessN * strain * strain) / (4 * TOE_STRAIN);
  return stiffnessN * (strain - TOE_STRAIN);
}

export interface CapsuleLoads {
  /** Net capsule force on the femur as a free body, pelvis frame, N (pulls towards the taut fibres). */
  forceN: Vec3;
  /**
   * Net pressure of wrapped fibres on the head (the "sling"), pelvis frame, N:
   * Σ T (û_A − û_B) over fibres that wrap, where û_A points from the wrap
   * towards the pelvic attachment and û_B along the fibre at the femoral
   * attachment. It pushes the head away from the side the fibres wrap over.
   */
  slingN: Vec3;
  /** Net capsule moment on the femur about the head centre, pelvis frame, N·mm. */
  momentNmm: Vec3;
}

/** Net force, sling and moment of all fibres (fast path, no per-fibre output). */
export function capsuleLoads(fibres: Fibre[], M: Mat3, c: Vec3, wrapR: number): CapsuleLoads {
  let fx = 0,
    fy = 0,
    fz = 0,
    sx = 0,
    sy = 0,
    sz = 0,
    mx = 0,
    my = 0,
    mz = 0;
  for (const fb of fibres) {
    const p = fibrePath(fb.pelvicMm, fb.femoralMm, M, c, wrapR, false);
    const T = fibreTension(p.lengthMm / fb.slackLengthMm - 1, fb.stiffnessN);
    if (T <= 0) continue;
    const a = p.pelvicPull;
    const b = p.femoralPull;
    fx += T * a[0];
    fy += T * a[1];
    fz += T * a[2];
    sx += T * (a[0] - b[0]);
    sy += T * (a[1] - b[1]);
    sz += T * (a[2] - b[2]);
    const rx = p.femoralPelvisMm[0] - c[0],
      ry = p.femoralPelvisMm[1] - c[1],
      rz = p.femoralPelvisMm[2] - c[2];
    const gx = T * b[0],
      gy = T * b[1],
      gz = T * b[2];
    mx += ry * gz - rz * gy;
    my += rz * gx - rx * gz;
    mz += rx * gy - ry * gx;
  }
  return { forceN: [fx, fy, fz], slingN: [sx, sy, sz], momentNmm: [mx, my, mz] };
}

/**
 * Capsule moment resisting a rotation of the femur about the unit axis ω
 * (pelvis frame, through the head centre), N·mm per radian of motion:
 * Σ T_i ∂L_i/∂θ. A fibre's length changes at its femoral end only, and the
 * derivative of a (wrapped or straight) path length with respect to that end
 * is the unit tangent there, so ∂L/∂θ = −û_B · (ω × r_B) and the sum is
 * −ω · (net capsule moment). Exact for any wrap, one length evaluation.
 */
export function resistingMoment(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  wrapR: number,
  axis: Vec3,
): number {
  const m = capsuleLoads(fibres, M, c, wrapR).momentNmm;
  return -(axis[0] * m[0] + axis[1] * m[1] + axis[2] * m[2]);
}

/** Fibre lengths (mm) for a pose, in fibre order. */
export function fibreLengths(
  fibres: Fibre[],
  M: Mat3,
  c: Vec3,
  wrapR: number,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < fibres.length; i++) {
    const fb = fibres[i];
    if (fb) out[i] = fibrePath(fb.pelvicMm, fb.femoralMm, M, c, wrapR, false).lengthMm;
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
export function capsuleState(fibres: Fibre[], M: Mat3, c: Vec3, wrapR: number): CapsuleState {
  const out = {} as CapsuleState;
  for (const region of CAPSULE_REGIONS)
    out[region] = { strain: -Infinity, tensionN: 0, fibres: [] };
  for (const fb of fibres) {
    const p = fibrePath(fb.pelvicMm, fb.femoralMm, M, c, wrapR, true);
    const strain = p.lengthMm / fb.slackLengthMm - 1;
    const tensionN = fibreTension(strain, fb.stiffnessN);
    const region = out[fb.region];
    region.fibres.push({ pathMm: p.pathMm ?? [], strain, tensionN });
    region.strain = Math.max(region.strain, strain);
    region.tensionN += tensionN;
  }
  return out;
}
