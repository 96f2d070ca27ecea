/**
 * Proximal femur geometry in the FEMUR frame (ISB, Wu et al. 2002): origin at
 * the head centre, Y along the mechanical axis (knee → head), Z along the
 * condylar axis (right/lateral for a right femur), X anterior. Millimetres.
 *
 * Neck axis d (head centre → neck base): at neckShaftAngle from the
 * anatomical shaft axis (tilted 6° from the mechanical axis, top lateral) and
 * rotated forward by the anteversion angle about the shaft.
 *
 * Head-neck surface, described per azimuth φ around the neck axis (0 =
 * superior, 90° = anterior, femoral "clock" 12 → 3 for a right hip), in the
 * meridian half-plane (s along d, r from the axis):
 *   head  : the sphere of radius R for polar angles θ ≥ α(φ)
 *   junction: a straight line from J = R(cos α, sin α) to the neck waist
 *             W = (R + 2, r_w(φ)), then to the neck base B = (L, r_b(φ)).
 * α(φ) is the local alpha angle: the point J where the contour leaves the
 * head's circle is exactly Nötzli's definition. α(φ) = α_lo + (α_max − α_lo)·w(φ)
 * with w = ((1 + cos(φ − 45°))/2)², so the cam is centred at 1:30 and fades
 * to α_lo = min(α_max, 40°) on the posterior-inferior side.
 */

import type { Vec3 } from './vec.ts';
import { DEG, add, addScaled, cross, dot, normalize, scale, sub } from './vec.ts';

/** Cam centre on the femoral clock (1:30, anterosuperior). */
export const CAM_AZIMUTH_DEG = 45;
/** Alpha angle of the junction away from the cam. */
export const BASELINE_ALPHA_DEG = 40;
/** Angle between the anatomical shaft axis and the mechanical axis (frontal plane). */
export const SHAFT_TILT_DEG = 6;

export interface FemurInput {
  headDiameterMm: number;
  neckDiameterMm: number;
  neckLengthMm: number;
  neckShaftAngleDeg: number;
  femoralAnteversionDeg: number;
  alphaAngleDeg: number;
}

export interface Sphere {
  centreMm: Vec3;
  radiusMm: number;
}

export interface FemurShape {
  headRadiusMm: number;
  /** Unit neck axis, head centre → neck base. */
  neckAxis: Vec3;
  /** Unit vectors ⟂ neckAxis: femoral 12 o'clock (superior) and 3 o'clock (anterior). */
  neckSuperior: Vec3;
  neckAnterior: Vec3;
  /** Unit anatomical shaft axis pointing proximally. */
  shaftAxis: Vec3;
  waistSMm: number;
  waistRadiusSiMm: number;
  waistRadiusApMm: number;
  neckLengthMm: number;
  baseRadiusMm: number;
  alphaMaxRad: number;
  alphaMinRad: number;
  camCos: number;
  camSin: number;
}

export function buildFemurShape(p: FemurInput): FemurShape {
  const R = p.headDiameterMm / 2;
  const tilt = SHAFT_TILT_DEG * DEG;
  const shaftAxis: Vec3 = [0, Math.cos(tilt), Math.sin(tilt)];
  const av = p.femoralAnteversionDeg * DEG;
  const m0: Vec3 = [Math.sin(av), 0, -Math.cos(av)];
  const m = normalize(addScaled(m0, shaftAxis, -dot(m0, shaftAxis)));
  const between = (180 - p.neckShaftAngleDeg) * DEG;
  // n points from the neck base to the head; d is its opposite.
  const n = add(scale(shaftAxis, Math.cos(between)), scale(m, Math.sin(between)));
  const neckAxis = normalize(scale(n, -1));
  const up: Vec3 = [0, 1, 0];
  const neckSuperior = normalize(addScaled(up, neckAxis, -dot(up, neckAxis)));
  const neckAnterior = normalize(cross(neckSuperior, neckAxis));
  // cross(superior, d): with d lateral-inferior, superior × lateral points anterior.
  const meanR = p.neckDiameterMm / 2;
  const capR = 0.92 * R;
  const alphaMax = p.alphaAngleDeg * DEG;
  const alphaMin = Math.min(p.alphaAngleDeg, BASELINE_ALPHA_DEG) * DEG;
  return {
    headRadiusMm: R,
    neckAxis,
    neckSuperior,
    neckAnterior: dot(neckAnterior, [1, 0, 0]) >= 0 ? neckAnterior : scale(neckAnterior, -1),
    shaftAxis,
    waistSMm: R + 2,
    waistRadiusSiMm: Math.min(capR, meanR * 1.04),
    waistRadiusApMm: Math.min(capR, meanR * 0.96),
    neckLengthMm: Math.max(p.neckLengthMm, R + 12),
    baseRadiusMm: Math.max(meanR * 1.45, R * 0.95),
    alphaMaxRad: alphaMax,
    alphaMinRad: alphaMin,
    camCos: Math.cos(CAM_AZIMUTH_DEG * DEG),
    camSin: Math.sin(CAM_AZIMUTH_DEG * DEG),
  };
}

/** Local alpha angle (radians) at the azimuth with the given cosine and sine. */
export function alphaAt(f: FemurShape, cosPhi: number, sinPhi: number): number {
  const c = cosPhi * f.camCos + sinPhi * f.camSin; // cos(φ − φ_cam)
  const w = 0.25 * (1 + c) * (1 + c);
  return f.alphaMinRad + (f.alphaMaxRad - f.alphaMinRad) * w;
}

/** Neck waist radius: an ellipse, wider supero-inferiorly. */
export function waistRadiusAt(f: FemurShape, cosPhi: number, sinPhi: number): number {
  const a = cosPhi / f.waistRadiusSiMm;
  const b = sinPhi / f.waistRadiusApMm;
  return 1 / Math.sqrt(a * a + b * b);
}

/** Radius of the femoral surface from the neck axis at axial position s (mm) and azimuth φ. */
export function surfaceRadiusAt(
  f: FemurShape,
  sMm: number,
  cosPhi: number,
  sinPhi: number,
): number {
  const R = f.headRadiusMm;
  const alpha = alphaAt(f, cosPhi, sinPhi);
  const sJ = R * Math.cos(alpha);
  if (sMm <= sJ) return Math.sqrt(Math.max(0, R * R - sMm * sMm));
  const rJ = R * Math.sin(alpha);
  const rW = waistRadiusAt(f, cosPhi, sinPhi);
  if (sMm <= f.waistSMm) return rJ + ((rW - rJ) * (sMm - sJ)) / (f.waistSMm - sJ);
  const t = Math.min(1, (sMm - f.waistSMm) / (f.neckLengthMm - f.waistSMm));
  const ease = t * t; // the neck flares towards the trochanters
  return rW + (f.baseRadiusMm - rW) * ease;
}

/** A point on the femoral surface (femur frame). */
export function femurSurfacePoint(f: FemurShape, sMm: number, phiRad: number, offsetMm = 0): Vec3 {
  const c = Math.cos(phiRad);
  const s = Math.sin(phiRad);
  const r = surfaceRadiusAt(f, sMm, c, s) + offsetMm;
  const radial = add(scale(f.neckSuperior, c), scale(f.neckAnterior, s));
  return add(scale(f.neckAxis, sMm), scale(radial, r));
}

export interface FemurMesh {
  /** Rings along the neck axis from the medial pole of the head to the neck base; join consecutive rings. */
  headNeckRings: Vec3[][];
  /** Rings along the shaft axis from the trochanteric region down the upper shaft. */
  shaftRings: Vec3[][];
  greaterTrochanter: Sphere;
  lesserTrochanter: Sphere;
  /** Junction line (where the head stops being spherical) as a closed loop, for highlighting the cam. */
  headNeckJunction: Vec3[];
}

export function buildFemurMesh(f: FemurShape, segments = 48): FemurMesh {
  const R = f.headRadiusMm;
  const sValues: number[] = [];
  const headSteps = 16;
  for (let i = 0; i <= headSteps; i++) sValues.push(-R * Math.cos((Math.PI * 0.5 * i) / headSteps));
  const neckSteps = 24;
  for (let i = 1; i <= neckSteps; i++) sValues.push((f.neckLengthMm * i) / neckSteps);
  const headNeckRings = sValues.map((s) => {
    const ring: Vec3[] = [];
    for (let j = 0; j < segments; j++)
      ring.push(femurSurfacePoint(f, s, (2 * Math.PI * j) / segments));
    return ring;
  });
  const base = scale(f.neckAxis, f.neckLengthMm);
  const axisX = normalize(addScaled([1, 0, 0], f.shaftAxis, -f.shaftAxis[0]));
  const axisZ = cross(axisX, f.shaftAxis);
  const shaftRings: Vec3[][] = [];
  for (let i = 0; i <= 12; i++) {
    const t = 25 - i * 15; // from 25 mm above the neck base to 155 mm below it
    const centre = addScaled(base, f.shaftAxis, t);
    const radius = 14 + 12 * Math.exp(-((t + 5) * (t + 5)) / 900);
    const ring: Vec3[] = [];
    for (let j = 0; j < segments; j++) {
      const a = (2 * Math.PI * j) / segments;
      ring.push(
        add(centre, add(scale(axisX, radius * Math.cos(a)), scale(axisZ, radius * Math.sin(a)))),
      );
    }
    shaftRings.push(ring);
  }
  const greaterTrochanter: Sphere = {
    centreMm: add(addScaled(base, f.shaftAxis, 18), add(scale(axisZ, 8), scale(axisX, -6))),
    radiusMm: 15,
  };
  const lesserTrochanter: Sphere = {
    centreMm: add(addScaled(base, f.shaftAxis, -32), add(scale(axisZ, -12), scale(axisX, -8))),
    radiusMm: 8,
  };
  const headNeckJunction: Vec3[] = [];
  for (let j = 0; j < segments; j++) {
    const phi = (2 * Math.PI * j) / segments;
    const alpha = alphaAt(f, Math.cos(phi), Math.sin(phi));
    headNeckJunction.push(femurSurfacePoint(f, R * Math.cos(alpha), phi));
  }
  return { headNeckRings, shaftRings, greaterTrochanter, lesserTrochanter, headNeckJunction };
}

/** Femoral azimuth (radians, 0 superior, +π/2 anterior) of a femur-frame point about the neck axis. */
export function neckAzimuth(f: FemurShape, p: Vec3): number {
  const q = sub(p, scale(f.neckAxis, dot(p, f.neckAxis)));
  return Math.atan2(dot(q, f.neckAnterior), dot(q, f.neckSuperior));
}
