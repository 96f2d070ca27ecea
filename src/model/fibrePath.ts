/**
 * Length of one capsular fibre and its gradient, in the FEMUR frame (origin at
 * the head centre). A fibre runs from its pelvic attachment A to its femoral
 * attachment B and may not pass through the femur: it wraps over the head (a
 * sphere of radius r about the origin) and around the neck (a cylinder of
 * radius ρ about the neck axis d). Both obstacles are fixed to the femur.
 *
 * Sphere (shortest path over a sphere, in the plane of A, B and the centre):
 *   L_s = √(|a|² − r²) + √(|b|² − r²) + r·(γ − acos(r/|a|) − acos(r/|b|)),
 *   straight when that arc is ≤ 0.
 * Cylinder (the geodesic develops into a straight line on the unrolled
 * surface): with a, b the distances of A, B from the axis, δ the angle
 * between them about the axis and Δs their axial separation,
 *   P = √(a² − ρ²) + √(b² − ρ²) + ρ·(δ − acos(ρ/a) − acos(ρ/b)),
 *   L_c = √(P² + Δs²),  straight (|A − B|) when that arc is ≤ 0.
 * Both formulas meet the straight line with the same length and slope where
 * the wrap starts, so each is continuous and once differentiable there.
 *
 * The true path must clear both obstacles, so it is at least as long as the
 * longer of the two single-obstacle paths; the model takes that maximum,
 * smoothed over a band of SMOOTH_MAX_MM so the moment stays continuous:
 *   L = max(L_s, L_c) outside the band, (L_s + L_c)/2 + (L_s − L_c)²/(4w) + w/4 inside.
 * This underestimates a path bent by both at once (a limitation in docs/model.md).
 *
 * Gradient: the length depends on the pose only through A's position in the
 * femur frame, and the derivative of a shortest path's length with respect to
 * its end point is the unit tangent there (pointing out towards A). So
 * `gradA` = ∂L/∂A_f; for the smoothed maximum it is the weighted sum of the two
 * tangents. Everything else (moments, the free-body force on the femur) is
 * built from it in capsule.ts.
 */

import type { Vec3 } from './vec.ts';

/** Width of the band over which the maximum of the two paths is smoothed, mm. */
export const SMOOTH_MAX_MM = 1;

export interface LocalPath {
  lengthMm: number;
  /** ∂L/∂A in the femur frame (a unit vector outside the smoothing band). */
  gradA: Vec3;
  /** Points from A to B in the femur frame, when asked for. */
  points: Vec3[] | null;
  /** True when some obstacle bends the path. */
  wrapped: boolean;
}

/** Unit part of v perpendicular to the unit e1 (v·e1 = vd); any unit perpendicular (also ⟂ `also`) when v ∥ e1. */
function perpendicularPart(v: Vec3, e1: Vec3, vd: number, also?: Vec3): Vec3 {
  let x = v[0] - vd * e1[0],
    y = v[1] - vd * e1[1],
    z = v[2] - vd * e1[2];
  let l = Math.sqrt(x * x + y * y + z * z);
  if (l < 1e-9) {
    const ref: Vec3 = also ?? (Math.abs(e1[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]);
    x = e1[1] * ref[2] - e1[2] * ref[1];
    y = e1[2] * ref[0] - e1[0] * ref[2];
    z = e1[0] * ref[1] - e1[1] * ref[0];
    l = Math.sqrt(x * x + y * y + z * z);
  }
  return [x / l, y / l, z / l];
}

const straight = (A: Vec3, B: Vec3, withPoints: boolean): LocalPath => {
  const dx = A[0] - B[0],
    dy = A[1] - B[1],
    dz = A[2] - B[2];
  const L = Math.sqrt(dx * dx + dy * dy + dz * dz) || 1e-9;
  return {
    lengthMm: L,
    gradA: [dx / L, dy / L, dz / L],
    points: withPoints ? [A, B] : null,
    wrapped: false,
  };
};

/** Shortest path from A to B over the sphere of radius r about the origin. */
export function spherePath(A: Vec3, B: Vec3, wrapR: number, withPoints: boolean): LocalPath {
  const [ax, ay, az] = A;
  const [bx, by, bz] = B;
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
  if (arc <= 0) return straight(A, B, withPoints);
  const e1: Vec3 = [ax / la, ay / la, az / la];
  const bd = bx * e1[0] + by * e1[1] + bz * e1[2];
  // With A, centre and B in line (B behind the head) every plane through them
  // gives the same length; any perpendicular picks one.
  const [e2x, e2y, e2z] = perpendicularPart([bx, by, bz], e1, bd);
  const onSphere = (ang: number): Vec3 => [
    r * (Math.cos(ang) * e1[0] + Math.sin(ang) * e2x),
    r * (Math.cos(ang) * e1[1] + Math.sin(ang) * e2y),
    r * (Math.cos(ang) * e1[2] + Math.sin(ang) * e2z),
  ];
  const TA = onSphere(ta);
  const L = Math.sqrt(la * la - r * r) + Math.sqrt(lb * lb - r * r) + r * arc;
  const gx = ax - TA[0],
    gy = ay - TA[1],
    gz = az - TA[2];
  const gl = Math.sqrt(gx * gx + gy * gy + gz * gz) || 1e-9;
  let points: Vec3[] | null = null;
  if (withPoints) {
    points = [A, TA];
    const steps = Math.max(1, Math.ceil(arc / ((8 * Math.PI) / 180)));
    for (let i = 1; i < steps; i++) points.push(onSphere(ta + (arc * i) / steps));
    points.push(onSphere(gamma - tb), B);
  }
  return { lengthMm: L, gradA: [gx / gl, gy / gl, gz / gl], points, wrapped: true };
}

/** Shortest path from A to B around the infinite cylinder of radius rho about the unit axis d through the origin. */
export function cylinderPath(
  A: Vec3,
  B: Vec3,
  d: Vec3,
  rho: number,
  withPoints: boolean,
): LocalPath {
  const sA = A[0] * d[0] + A[1] * d[1] + A[2] * d[2];
  const sB = B[0] * d[0] + B[1] * d[1] + B[2] * d[2];
  const pa: Vec3 = [A[0] - sA * d[0], A[1] - sA * d[1], A[2] - sA * d[2]];
  const pb: Vec3 = [B[0] - sB * d[0], B[1] - sB * d[1], B[2] - sB * d[2]];
  const a = Math.sqrt(pa[0] * pa[0] + pa[1] * pa[1] + pa[2] * pa[2]);
  const b = Math.sqrt(pb[0] * pb[0] + pb[1] * pb[1] + pb[2] * pb[2]);
  const r = Math.min(rho, 0.98 * a, 0.98 * b);
  if (r <= 1e-6) return straight(A, B, withPoints);
  const cx = pa[1] * pb[2] - pa[2] * pb[1],
    cy = pa[2] * pb[0] - pa[0] * pb[2],
    cz = pa[0] * pb[1] - pa[1] * pb[0];
  const crossLen = Math.sqrt(cx * cx + cy * cy + cz * cz);
  const delta = Math.atan2(crossLen, pa[0] * pb[0] + pa[1] * pb[1] + pa[2] * pb[2]);
  const ta = Math.acos(r / a);
  const tb = Math.acos(r / b);
  const arc = delta - ta - tb;
  if (arc <= 0) return straight(A, B, withPoints);
  const fa = Math.sqrt(a * a - r * r);
  const fb = Math.sqrt(b * b - r * r);
  const P = fa + fb + r * arc;
  const ds = sB - sA;
  const L = Math.sqrt(P * P + ds * ds);
  // In-plane basis: e1 towards A, e2 towards B's side.
  const e1: Vec3 = [pa[0] / a, pa[1] / a, pa[2] / a];
  const bd = pb[0] * e1[0] + pb[1] * e1[1] + pb[2] * e1[2];
  const e2 = perpendicularPart(pb, e1, bd, d);
  // A point on the cylinder at in-plane angle ang (from e1) and developed distance u from A's tangent end.
  const onCyl = (ang: number, s: number): Vec3 => [
    r * (Math.cos(ang) * e1[0] + Math.sin(ang) * e2[0]) + s * d[0],
    r * (Math.cos(ang) * e1[1] + Math.sin(ang) * e2[1]) + s * d[1],
    r * (Math.cos(ang) * e1[2] + Math.sin(ang) * e2[2]) + s * d[2],
  ];
  const TA = onCyl(ta, sA + (ds * fa) / P);
  const gx = A[0] - TA[0],
    gy = A[1] - TA[1],
    gz = A[2] - TA[2];
  const gl = Math.sqrt(gx * gx + gy * gy + gz * gz) || 1e-9;
  let points: Vec3[] | null = null;
  if (withPoints) {
    points = [A, TA];
    const steps = Math.max(1, Math.ceil(arc / ((8 * Math.PI) / 180)));
    for (let i = 1; i < steps; i++) {
      const u = fa + (r * arc * i) / steps;
      points.push(onCyl(ta + (arc * i) / steps, sA + (ds * u) / P));
    }
    points.push(onCyl(delta - tb, sA + (ds * (fa + r * arc)) / P), B);
  }
  return { lengthMm: L, gradA: [gx / gl, gy / gl, gz / gl], points, wrapped: true };
}

/** The fibre over head and neck: the smoothed maximum of the two single-obstacle paths. */
export function headNeckPath(
  A: Vec3,
  B: Vec3,
  wrapR: number,
  neckAxis: Vec3,
  neckR: number,
  withPoints: boolean,
): LocalPath {
  const s = spherePath(A, B, wrapR, withPoints);
  const c = cylinderPath(A, B, neckAxis, neckR, withPoints);
  const diff = s.lengthMm - c.lengthMm;
  const w = SMOOTH_MAX_MM;
  if (diff >= w) return s;
  if (diff <= -w) return c;
  const ws = 0.5 + diff / (2 * w);
  const wc = 1 - ws;
  return {
    lengthMm: 0.5 * (s.lengthMm + c.lengthMm) + (diff * diff) / (4 * w) + w / 4,
    gradA: [
      ws * s.gradA[0] + wc * c.gradA[0],
      ws * s.gradA[1] + wc * c.gradA[1],
      ws * s.gradA[2] + wc * c.gradA[2],
    ],
    points: ws >= 0.5 ? s.points : c.points,
    wrapped: s.wrapped || c.wrapped,
  };
}
