/**
 * Femoral head glide: the head centre c (pelvis frame, mm) moves until the net
 * capsule force on the femur is balanced by the cartilage and labrum, modelled
 * as an isotropic linear spring K (N/mm) with a smooth bound:
 *   c = c_max · tanh(|F| / (K c_max)) · F / |F|,   F = F_capsule(c)
 * solved by a fixed number of damped fixed-point steps (deterministic and
 * continuous in the inputs). K and c_max are assumptions, not measurements:
 * K = 150 N/mm keeps capsule forces of a few hundred newtons to about a
 * millimetre or two, matching published in-vivo translations of ~1–2 mm;
 * c_max = 3 mm keeps the head in its socket whatever the input.
 * Muscle and body-weight joint loads are not modelled.
 */

import type { Fibre } from './capsule.ts';
import { capsuleLoads } from './capsule.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { length } from './vec.ts';

export const CARTILAGE_STIFFNESS_N_PER_MM = 150;
export const MAX_GLIDE_MM = 3;
const STEPS = 6;

export function glideFor(force: Vec3): Vec3 {
  const F = length(force);
  if (F < 1e-9) return [0, 0, 0];
  const mag = MAX_GLIDE_MM * Math.tanh(F / (CARTILAGE_STIFFNESS_N_PER_MM * MAX_GLIDE_MM));
  return [(force[0] / F) * mag, (force[1] / F) * mag, (force[2] / F) * mag];
}

/** Head centre (pelvis frame) at equilibrium for femur rotation M. */
export function solveGlide(fibres: Fibre[], M: Mat3, wrapR: number): Vec3 {
  let c: Vec3 = [0, 0, 0];
  for (let i = 0; i < STEPS; i++) {
    const target = glideFor(capsuleLoads(fibres, M, c, wrapR).forceN);
    c = [0.5 * (c[0] + target[0]), 0.5 * (c[1] + target[1]), 0.5 * (c[2] + target[2])];
  }
  return c;
}
