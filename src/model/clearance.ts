/**
 * Impingement clearance: signed distance (mm) from acetabular rim and labrum
 * points to the non-articular part of the femur (the head-neck junction, the
 * cam and the neck). Negative = the rim point lies inside bone = overlap.
 *
 * For each rim point P (pelvis frame) with the femur posed by rotation M
 * (femur → pelvis) and head centre c: q = Mᵀ(P − c) in the femur frame; in the
 * meridian half-plane of its azimuth φ, Q = (s, r) with s = q·d, r = |q − s d|.
 * The femur there is the polygon O → J → W → B (femur.ts): the ray OJ at the
 * local alpha angle separates the articular head (θ ≥ α, where the rim rests
 * on cartilage and is not impinging) from the junction and neck. The signed
 * distance to that region is exact and continuous, so clearance changes
 * smoothly with pose. The minimum is taken over the sampled rim and labrum
 * edge (72 each by default; spacing ≈ 2 mm).
 */

import type { AcetabulumShape } from './acetabulum.ts';
import { clockHourOf, socketDirection } from './acetabulum.ts';
import type { FemurShape } from './femur.ts';
import { alphaAt, waistRadiusAt } from './femur.ts';
import type { Mat3, Vec3 } from './vec.ts';

export interface RimSet {
  /** Flattened xyz of bony rim points then labrum edge points. */
  xyz: Float64Array;
  boneCount: number;
  labrumCount: number;
  hours: Float64Array;
}

export function buildRimSet(a: AcetabulumShape, samples: number): RimSet {
  const withLabrum = a.labrumRad > 1e-6;
  const labrumCount = withLabrum ? samples : 0;
  const xyz = new Float64Array(3 * (samples + labrumCount));
  const hours = new Float64Array(samples + labrumCount);
  const R = a.radiusMm;
  for (let j = 0; j < samples; j++) {
    const psi = (2 * Math.PI * j) / samples;
    const bone = socketDirection(a, psi, a.coverageRad);
    xyz[3 * j] = bone[0] * R;
    xyz[3 * j + 1] = bone[1] * R;
    xyz[3 * j + 2] = bone[2] * R;
    hours[j] = j === 0 ? 12 : (12 * j) / samples;
    if (withLabrum) {
      const edge = socketDirection(a, psi, a.coverageRad + a.labrumRad);
      const k = samples + j;
      xyz[3 * k] = edge[0] * R;
      xyz[3 * k + 1] = edge[1] * R;
      xyz[3 * k + 2] = edge[2] * R;
      hours[k] = hours[j] ?? 12;
    }
  }
  return { xyz, boneCount: samples, labrumCount, hours };
}

const segDist = (
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number => {
  const ex = bx - ax;
  const ey = by - ay;
  const l2 = ex * ex + ey * ey;
  let t = l2 > 0 ? ((px - ax) * ex + (py - ay) * ey) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const dx = px - (ax + t * ex);
  const dy = py - (ay + t * ey);
  return Math.sqrt(dx * dx + dy * dy);
};

/** Signed clearance of one femur-frame point q = (qx, qy, qz). */
export function femurSignedDistance(f: FemurShape, qx: number, qy: number, qz: number): number {
  const d = f.neckAxis;
  const s = qx * d[0] + qy * d[1] + qz * d[2];
  const px = qx - s * d[0];
  const py = qy - s * d[1];
  const pz = qz - s * d[2];
  const r = Math.sqrt(px * px + py * py + pz * pz);
  let cp = 1;
  let sp = 0;
  if (r > 1e-9) {
    cp = (px * f.neckSuperior[0] + py * f.neckSuperior[1] + pz * f.neckSuperior[2]) / r;
    sp = (px * f.neckAnterior[0] + py * f.neckAnterior[1] + pz * f.neckAnterior[2]) / r;
  }
  const R = f.headRadiusMm;
  const alpha = alphaAt(f, cp, sp);
  const jx = R * Math.cos(alpha);
  const jy = R * Math.sin(alpha);
  const wx = f.waistSMm;
  const wy = waistRadiusAt(f, cp, sp);
  const bx = f.neckLengthMm;
  const by = f.baseRadiusMm;
  const dist = Math.min(
    segDist(s, r, 0, 0, jx, jy),
    segDist(s, r, jx, jy, wx, wy),
    segDist(s, r, wx, wy, bx, by),
  );
  // Inside: below the ray OJ (θ < α) and under the junction/neck polyline.
  let inside = jx * r - jy * s < 0 && s < bx;
  if (inside && s >= jx) {
    const rPoly =
      s <= wx ? jy + ((wy - jy) * (s - jx)) / (wx - jx) : wy + ((by - wy) * (s - wx)) / (bx - wx);
    inside = r < rPoly;
  }
  return inside ? -dist : dist;
}

export interface ClearanceResult {
  clearanceMm: number;
  boneClearanceMm: number;
  labrumClearanceMm: number;
  /** Index into the rim set of the minimum. */
  nearestIndex: number;
  nearestPointMm: Vec3;
  nearestClockHour: number;
  nearestIsLabrum: boolean;
}

/**
 * Signed distance from rim sample i (pelvis frame) to the femur posed by rotation M and head
 * centre c: the sample is moved into the femur frame (Mᵀ(p − c)) and measured there.
 */
function sampleDistance(
  f: FemurShape,
  xyz: ArrayLike<number>,
  i: number,
  M: Mat3,
  c: Vec3,
): number {
  const x = (xyz[3 * i] ?? 0) - c[0];
  const y = (xyz[3 * i + 1] ?? 0) - c[1];
  const z = (xyz[3 * i + 2] ?? 0) - c[2];
  return femurSignedDistance(
    f,
    M[0] * x + M[3] * y + M[6] * z,
    M[1] * x + M[4] * y + M[7] * z,
    M[2] * x + M[5] * y + M[8] * z,
  );
}

/** Minimum signed clearance over a rim set for femur rotation M (femur → pelvis) and head centre c. */
export function minClearance(f: FemurShape, rims: RimSet, M: Mat3, c: Vec3): number {
  const xyz = rims.xyz;
  const n = rims.boneCount + rims.labrumCount;
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const v = sampleDistance(f, xyz, i, M, c);
    if (v < best) best = v;
  }
  return best;
}

/**
 * Minimum clearance of the bony rim and of the labrum's free edge separately
 * (mm; negative = overlap), for the end-of-range rule: bone is a hard stop,
 * the labrum an elastic one. Without a labrum, labrumMm equals boneMm.
 */
export function minClearances(
  f: FemurShape,
  rims: RimSet,
  M: Mat3,
  c: Vec3,
): { boneMm: number; labrumMm: number } {
  let bone = Infinity;
  let labrum = Infinity;
  const n = rims.boneCount + rims.labrumCount;
  for (let i = 0; i < n; i++) {
    const v = sampleDistance(f, rims.xyz, i, M, c);
    if (i < rims.boneCount) {
      if (v < bone) bone = v;
    } else if (v < labrum) labrum = v;
  }
  return { boneMm: bone, labrumMm: rims.labrumCount > 0 ? labrum : bone };
}

/** Full clearance report, with the nearest point refined between samples for a smooth clock hour. */
export function clearanceReport(
  f: FemurShape,
  a: AcetabulumShape,
  rims: RimSet,
  M: Mat3,
  c: Vec3,
): ClearanceResult {
  const xyz = rims.xyz;
  const n = rims.boneCount + rims.labrumCount;
  const values = new Float64Array(n);
  let best = Infinity;
  let bestI = 0;
  let bone = Infinity;
  let labrum = Infinity;
  for (let i = 0; i < n; i++) {
    const v = sampleDistance(f, xyz, i, M, c);
    values[i] = v;
    if (i < rims.boneCount) bone = Math.min(bone, v);
    else labrum = Math.min(labrum, v);
    if (v < best) {
      best = v;
      bestI = i;
    }
  }
  const isLabrum = bestI >= rims.boneCount;
  const base = isLabrum ? rims.boneCount : 0;
  const count = isLabrum ? rims.labrumCount : rims.boneCount;
  const k = bestI - base;
  const prev = base + ((k - 1 + count) % count);
  const next = base + ((k + 1) % count);
  const fm = values[prev] ?? best;
  const f0 = best;
  const fp = values[next] ?? best;
  const denom = fm - 2 * f0 + fp;
  let delta = denom > 1e-12 ? (0.5 * (fm - fp)) / denom : 0;
  delta = Math.max(-0.5, Math.min(0.5, delta));
  const j = delta >= 0 ? next : prev;
  const t = Math.abs(delta);
  const p0: Vec3 = [xyz[3 * bestI] ?? 0, xyz[3 * bestI + 1] ?? 0, xyz[3 * bestI + 2] ?? 0];
  const p1: Vec3 = [xyz[3 * j] ?? 0, xyz[3 * j + 1] ?? 0, xyz[3 * j + 2] ?? 0];
  const nearestPointMm: Vec3 = [
    p0[0] + (p1[0] - p0[0]) * t,
    p0[1] + (p1[1] - p0[1]) * t,
    p0[2] + (p1[2] - p0[2]) * t,
  ];
  return {
    clearanceMm: best,
    boneClearanceMm: bone,
    labrumClearanceMm: rims.labrumCount > 0 ? labrum : bone,
    nearestIndex: bestI,
    nearestPointMm,
    nearestClockHour: clockHourOf(a, nearestPointMm),
    nearestIsLabrum: isLabrum,
  };
}
