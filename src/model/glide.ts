/**
 * Femoral head glide: the head centre c (pelvis frame, mm) moves until the
 * capsule's free-body force on the femur is balanced by the cartilage and
 * labrum, modelled as an isotropic spring K (N/mm) with a smooth bound
 * c_max: under a load F the head sits at
 *   c = c_max · tanh(|F| / (K c_max)) · F / |F|            (glideFor)
 * so the spring's force at c is F_s(c) = K c_max atanh(|c| / c_max) ĉ. The
 * balance F_capsule(c) = F_s(c) is solved by Newton's method on that 3×3
 * system: the step solves (K_capsule + K_spring) Δ = F_capsule − F_s, with
 * the capsule's stiffness from capsuleForceAndStiffness and the spring's
 * exact; a step that does not shrink the force left over is halved. It stops
 * when less than BALANCE_TOLERANCE_N is left (deterministic; the answer moves
 * by under 1e-5 mm between neighbouring inputs).
 *
 * The previous solver took five damped fixed-point steps, which converge
 * slowly once the capsule is nearly as stiff as the spring: it left up to
 * 28 N unbalanced for stiff capsules at the ends of the range (docs/model.md).
 *
 * F_capsule is the whole capsule's force on the femur as a free body
 * (capsule.ts, = −∂E/∂c): the pull at each femoral attachment together with
 * the wrap pressure on the head and neck, all acting on the same rigid femur.
 * It pulls the head TOWARDS its taut fibres. (An earlier revision used only
 * the wrap pressure, the "sling", which pushes the head away from them; that
 * dropped the attachment tension and is not the femur's force balance.)
 *
 * Not yet modelled (docs/model.md): the joint load of body weight and hip
 * muscles, which in a squat is several times the capsule's force and sets
 * where the head sits. K = 150 N/mm and c_max = 3 mm are assumptions, not
 * calibrated against a measured contact stiffness.
 */

import type { Fibre, Obstacles } from './capsule.ts';
import { capsuleForceAndStiffness } from './capsule.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { length } from './vec.ts';

export const CARTILAGE_STIFFNESS_N_PER_MM = 150;
export const MAX_GLIDE_MM = 3;
/** Force left unbalanced at which the balance counts as solved, N. */
export const BALANCE_TOLERANCE_N = 1e-3;
const MAX_STEPS = 30;

export function glideFor(force: Vec3): Vec3 {
  const F = length(force);
  if (F < 1e-9) return [0, 0, 0];
  const mag = MAX_GLIDE_MM * Math.tanh(F / (CARTILAGE_STIFFNESS_N_PER_MM * MAX_GLIDE_MM));
  return [(force[0] / F) * mag, (force[1] / F) * mag, (force[2] / F) * mag];
}

/** The cartilage-and-labrum force that holds the head at c (the inverse of glideFor), N. */
export function springForce(c: Vec3): Vec3 {
  const u = length(c);
  if (u === 0) return [0, 0, 0];
  const f = CARTILAGE_STIFFNESS_N_PER_MM * MAX_GLIDE_MM * Math.atanh(u / MAX_GLIDE_MM);
  return [(c[0] / u) * f, (c[1] / u) * f, (c[2] / u) * f];
}

/** ∂F_s/∂c, row-major 3×3, N/mm: f′(u) along ĉ, f(u)/u across it (K everywhere at c = 0). */
function springStiffness(c: Vec3): number[] {
  const K = CARTILAGE_STIFFNESS_N_PER_MM;
  const u = length(c);
  if (u < 1e-9) return [K, 0, 0, 0, K, 0, 0, 0, K];
  const x = u / MAX_GLIDE_MM;
  const along = K / (1 - x * x);
  const across = (K * MAX_GLIDE_MM * Math.atanh(x)) / u;
  const n = [c[0] / u, c[1] / u, c[2] / u];
  const m: number[] = [];
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) m.push((along - across) * n[i]! * n[j]! + (i === j ? across : 0));
  return m;
}

/** Solves the symmetric positive-definite 3×3 system A x = b by cofactors. */
function solve3(A: number[], b: Vec3): Vec3 {
  const [a, b1, c1, d, e, f, g, h, i] = A as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const A00 = e * i - f * h,
    A01 = -(d * i - f * g),
    A02 = d * h - e * g;
  const det = a * A00 + b1 * A01 + c1 * A02;
  const A10 = -(b1 * i - c1 * h),
    A11 = a * i - c1 * g,
    A12 = -(a * h - b1 * g),
    A20 = b1 * f - c1 * e,
    A21 = -(a * f - c1 * d),
    A22 = a * e - b1 * d;
  return [
    (A00 * b[0] + A10 * b[1] + A20 * b[2]) / det,
    (A01 * b[0] + A11 * b[1] + A21 * b[2]) / det,
    (A02 * b[0] + A12 * b[1] + A22 * b[2]) / det,
  ];
}

/** What the balance leaves over at c: the capsule's force minus the spring's, with the capsule's stiffness. */
function imbalance(fibres: Fibre[], M: Mat3, c: Vec3, obstacles: Obstacles) {
  const { forceN, stiffnessNPerMm } = capsuleForceAndStiffness(fibres, M, c, obstacles);
  const s = springForce(c);
  const r: Vec3 = [forceN[0] - s[0], forceN[1] - s[1], forceN[2] - s[2]];
  return { r, size: length(r), capsuleStiffness: stiffnessNPerMm };
}

/** Head centre (pelvis frame) at equilibrium for femur rotation M. */
export function solveGlide(fibres: Fibre[], M: Mat3, obstacles: Obstacles): Vec3 {
  let c: Vec3 = [0, 0, 0];
  let here = imbalance(fibres, M, c, obstacles);
  for (let step = 0; step < MAX_STEPS && here.size > BALANCE_TOLERANCE_N; step++) {
    const ks = springStiffness(c);
    const J = here.capsuleStiffness.map((v, k) => v + ks[k]!);
    const d = solve3(J, here.r);
    let lambda = 1;
    // Stay inside the spring's bound: never step to or past c_max.
    const reach = (l: number) =>
      length([c[0] + l * d[0], c[1] + l * d[1], c[2] + l * d[2]]) < 0.999 * MAX_GLIDE_MM;
    while (!reach(lambda)) lambda *= 0.5;
    let next: Vec3 = [c[0] + lambda * d[0], c[1] + lambda * d[1], c[2] + lambda * d[2]];
    let there = imbalance(fibres, M, next, obstacles);
    for (let halvings = 0; there.size >= here.size && halvings < 8; halvings++) {
      lambda *= 0.5;
      next = [c[0] + lambda * d[0], c[1] + lambda * d[1], c[2] + lambda * d[2]];
      there = imbalance(fibres, M, next, obstacles);
    }
    if (there.size >= here.size) break; // no step improves it: the nearest balance found
    c = next;
    here = there;
  }
  return c;
}
