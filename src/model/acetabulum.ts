/**
 * Acetabulum in the PELVIS frame (ISB: X anterior, Y superior, Z right;
 * origin at the acetabular centre = femoral head centre when centred). mm.
 *
 * Opening axis a (out of the socket) from two angles, each defined the way its
 * default was measured:
 *   - inclination RI: radiographic (Murray 1993), the angle of the axis'
 *     projection on the coronal plane from the longitudinal axis — what an AP
 *     radiograph shows as the slope of the rim (Fowkes et al. 2011);
 *   - anteversion AA: anatomic (Murray 1993), the angle of the axis'
 *     projection on the transverse plane from the transverse axis — what an
 *     axial CT slice shows (Jiang et al. 2015).
 * So a ∝ (tan AA, −cot RI, 1). The articular surface is the sphere of radius
 * R (the head's). The bony rim is the circle at a constant polar angle β from
 * the dome (−a), chosen so the rim crosses the coronal plane at the lateral
 * centre-edge angle L from the vertical:
 *   cos β = cos(RI + L) / (sin RI · |(tan AA, −cot RI, 1)|).
 * Larger L ⇒ deeper socket everywhere (coxa profunda / global pincer). The
 * labrum continues the socket sphere by its width w: its free edge lies at
 * β + w/R.
 *
 * Clock face (right hip, viewed from lateral): 12 o'clock is the rim point
 * nearest superior, 3 o'clock anterior, 6 inferior, 9 posterior. The clock
 * angle ψ of a direction is atan2(v·ant, v·up) in the plane ⟂ a.
 */

import type { Vec3 } from './vec.ts';
import { DEG, add, addScaled, cross, dot, normalize, scale } from './vec.ts';

export interface AcetabulumInput {
  headDiameterMm: number;
  acetabularInclinationDeg: number;
  acetabularAnteversionDeg: number;
  lateralCenterEdgeDeg: number;
  labrumWidthMm: number;
}

export interface AcetabulumShape {
  radiusMm: number;
  /** Unit opening axis (out of the socket). */
  axis: Vec3;
  /** In-plane unit directions of 12 o'clock and 3 o'clock. */
  up: Vec3;
  anterior: Vec3;
  /** Bony coverage: polar angle of the rim from the dome. */
  coverageRad: number;
  /** Extra coverage of the labrum's free edge beyond the rim. */
  labrumRad: number;
  labrumWidthMm: number;
}

export function buildAcetabulumShape(p: AcetabulumInput): AcetabulumShape {
  const ri = p.acetabularInclinationDeg * DEG;
  const ra = p.acetabularAnteversionDeg * DEG;
  const L = p.lateralCenterEdgeDeg * DEG;
  const R = p.headDiameterMm / 2;
  const cot = Math.cos(ri) / Math.sin(ri);
  const n = Math.hypot(Math.tan(ra), cot, 1);
  const axis: Vec3 = [Math.tan(ra) / n, -cot / n, 1 / n];
  const Y: Vec3 = [0, 1, 0];
  const X: Vec3 = [1, 0, 0];
  const up = normalize(addScaled(Y, axis, -dot(Y, axis)));
  let anterior = normalize(cross(axis, up));
  if (dot(anterior, X) < 0) anterior = scale(anterior, -1);
  const coverageRad = Math.acos(Math.max(-1, Math.min(1, Math.cos(ri + L) / (Math.sin(ri) * n))));
  return {
    radiusMm: R,
    axis,
    up,
    anterior,
    coverageRad,
    labrumRad: p.labrumWidthMm / R,
    labrumWidthMm: p.labrumWidthMm,
  };
}

/** Unit direction at clock angle ψ (rad, 0 = 12 o'clock, π/2 = 3 o'clock) and polar angle from the dome. */
export function socketDirection(a: AcetabulumShape, psiRad: number, polarRad: number): Vec3 {
  const inPlane = add(scale(a.up, Math.cos(psiRad)), scale(a.anterior, Math.sin(psiRad)));
  return add(scale(a.axis, -Math.cos(polarRad)), scale(inPlane, Math.sin(polarRad)));
}

export const hourToPsi = (hour: number): number => ((hour % 12) * Math.PI) / 6;

/** Clock hour in (0, 12] of a pelvis-frame direction or point. */
export function clockHourOf(a: AcetabulumShape, p: Vec3): number {
  const psi = Math.atan2(dot(p, a.anterior), dot(p, a.up));
  const h = (psi / (Math.PI / 6) + 12) % 12;
  return h <= 1e-9 ? 12 : h;
}

export interface RimSample {
  pointMm: Vec3;
  clockHour: number;
}

export interface AcetabulumMesh {
  /** Socket surface rings from the dome to the bony rim; join consecutive rings. */
  socketRings: Vec3[][];
  /** Bony rim, closed loop (last point ≠ first). */
  rim: RimSample[];
  labrum: {
    /** Base of the labrum on the rim (same samples as rim). */
    baseMm: Vec3[];
    /** Free edge, continuing the socket sphere outward by widthMm. */
    edgeMm: Vec3[];
    widthMm: number;
  };
  /** Rim point at a clock hour (fractional hours allowed). */
  clockToPoint: (hour: number) => Vec3;
}

export function buildAcetabulumMesh(a: AcetabulumShape, segments = 72, rings = 12): AcetabulumMesh {
  const R = a.radiusMm;
  const socketRings: Vec3[][] = [];
  for (let i = 1; i <= rings; i++) {
    const polar = (a.coverageRad * i) / rings;
    const ring: Vec3[] = [];
    for (let j = 0; j < segments; j++)
      ring.push(scale(socketDirection(a, (2 * Math.PI * j) / segments, polar), R));
    socketRings.push(ring);
  }
  const rim: RimSample[] = [];
  const edgeMm: Vec3[] = [];
  for (let j = 0; j < segments; j++) {
    const psi = (2 * Math.PI * j) / segments;
    const pointMm = scale(socketDirection(a, psi, a.coverageRad), R);
    rim.push({ pointMm, clockHour: j === 0 ? 12 : (12 * j) / segments });
    edgeMm.push(scale(socketDirection(a, psi, a.coverageRad + a.labrumRad), R));
  }
  return {
    socketRings,
    rim,
    labrum: { baseMm: rim.map((r) => r.pointMm), edgeMm, widthMm: a.labrumWidthMm },
    clockToPoint: (hour: number) => scale(socketDirection(a, hourToPsi(hour), a.coverageRad), R),
  };
}
