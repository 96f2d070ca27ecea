/**
 * Small vector and 3x3 rotation helpers.
 *
 * Vec3 is [x, y, z] in millimetres unless a name says otherwise. Mat3 is a
 * row-major 3x3 matrix [m00, m01, m02, m10, ...]; `matVec(R, v)` maps a vector
 * from a child frame into its parent frame (R's columns are the child axes
 * expressed in the parent).
 *
 * Hip angles follow the ISB joint coordinate system (Wu et al. 2002): the femur
 * orientation in the pelvis frame is R = Rz(flexion) · Rx(adduction) ·
 * Ry(internal rotation), for a right hip with pelvis X anterior, Y superior,
 * Z right. With these axes a positive rotation about +Z moves the knee forward
 * (flexion), about +X moves it medially (adduction) and about +Y turns the
 * front of the femur medially (internal rotation).
 */

export type Vec3 = [number, number, number];
export type Mat3 = [number, number, number, number, number, number, number, number, number];

export const DEG = Math.PI / 180;

export const vec = (x: number, y: number, z: number): Vec3 => [x, y, z];
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const addScaled = (a: Vec3, b: Vec3, k: number): Vec3 => [
  a[0] + b[0] * k,
  a[1] + b[1] * k,
  a[2] + b[2] * k,
];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.sqrt(dot(a, a));
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => addScaled(a, sub(b, a), t);

export const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export const matVec = (m: Mat3, v: Vec3): Vec3 => [
  m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
  m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
  m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
];

/** Transpose-times-vector: maps a parent-frame vector into the child frame. */
export const matTVec = (m: Mat3, v: Vec3): Vec3 => [
  m[0] * v[0] + m[3] * v[1] + m[6] * v[2],
  m[1] * v[0] + m[4] * v[1] + m[7] * v[2],
  m[2] * v[0] + m[5] * v[1] + m[8] * v[2],
];

export const matMul = (a: Mat3, b: Mat3): Mat3 => [
  a[0] * b[0] + a[1] * b[3] + a[2] * b[6],
  a[0] * b[1] + a[1] * b[4] + a[2] * b[7],
  a[0] * b[2] + a[1] * b[5] + a[2] * b[8],
  a[3] * b[0] + a[4] * b[3] + a[5] * b[6],
  a[3] * b[1] + a[4] * b[4] + a[5] * b[7],
  a[3] * b[2] + a[4] * b[5] + a[5] * b[8],
  a[6] * b[0] + a[7] * b[3] + a[8] * b[6],
  a[6] * b[1] + a[7] * b[4] + a[8] * b[7],
  a[6] * b[2] + a[7] * b[5] + a[8] * b[8],
];

export const transpose = (m: Mat3): Mat3 => [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];

/** Matrix whose columns are the given axes. */
export const fromColumns = (x: Vec3, y: Vec3, z: Vec3): Mat3 => [
  x[0],
  y[0],
  z[0],
  x[1],
  y[1],
  z[1],
  x[2],
  y[2],
  z[2],
];

export const column = (m: Mat3, i: 0 | 1 | 2): Vec3 =>
  i === 0 ? [m[0], m[3], m[6]] : i === 1 ? [m[1], m[4], m[7]] : [m[2], m[5], m[8]];

export const rotX = (rad: number): Mat3 => {
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  return [1, 0, 0, 0, c, -s, 0, s, c];
};
export const rotY = (rad: number): Mat3 => {
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
};
export const rotZ = (rad: number): Mat3 => {
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
};

/** Rodrigues rotation about a unit axis. */
export const rotAxis = (axis: Vec3, rad: number): Mat3 => {
  const [x, y, z] = normalize(axis);
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  const t = 1 - c;
  return [
    t * x * x + c,
    t * x * y - s * z,
    t * x * z + s * y,
    t * x * y + s * z,
    t * y * y + c,
    t * y * z - s * x,
    t * x * z - s * y,
    t * y * z + s * x,
    t * z * z + c,
  ];
};

export interface HipAngles {
  flexionDeg: number;
  adductionDeg: number;
  internalRotationDeg: number;
}

/** Femur-to-pelvis rotation from ISB hip angles (right hip). */
export const hipMatrix = (
  flexionDeg: number,
  adductionDeg: number,
  internalRotationDeg: number,
): Mat3 =>
  matMul(matMul(rotZ(flexionDeg * DEG), rotX(adductionDeg * DEG)), rotY(internalRotationDeg * DEG));

/** Inverse of hipMatrix: R = Rz(f) Rx(a) Ry(r) gives R[7] = sin a, R[1] = -sin f cos a, R[6] = -cos a sin r. */
export const hipAngles = (m: Mat3): HipAngles => ({
  flexionDeg: Math.atan2(-m[1], m[4]) / DEG,
  adductionDeg: Math.asin(Math.max(-1, Math.min(1, m[7]))) / DEG,
  internalRotationDeg: Math.atan2(-m[6], m[8]) / DEG,
});

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/**
 * Smooth minimum with a quadratic blend over |a - b| < w: equals min(a, b)
 * outside the band and is C1 inside it, so outputs never jump.
 */
export const softMin = (a: number, b: number, w: number): number => {
  if (w <= 0) return Math.min(a, b);
  if (a <= b - w) return a;
  if (a >= b + w) return b;
  const d = a - b + w;
  return a - (d * d) / (4 * w);
};

/** Smooth maximum counterpart of softMin. */
export const softMax = (a: number, b: number, w: number): number => -softMin(-a, -b, w);

export const smoothstep = (x: number): number => {
  const t = clamp(x, 0, 1);
  return t * t * (3 - 2 * t);
};
