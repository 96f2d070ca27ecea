/**
 * Femoral head glide: the head centre c (pelvis frame, mm) moves until the
 * capsule's free-body force on the femur is balanced by the cartilage and
 * labrum, modelled as an isotropic linear spring K (N/mm) with a smooth bound:
 *   c = c_max · tanh(|F| / (K c_max)) · F / |F|,   F = F_capsule(c)
 * solved by a fixed number of damped fixed-point steps (deterministic and
 * continuous in the inputs).
 *
 * F_capsule is the whole capsule's force on the femur as a free body
 * (capsule.ts, CapsuleLoads.forceN = −∂E/∂c): the pull at each femoral
 * attachment together with the wrap pressure on the head and neck, all acting
 * on the same rigid femur. It pulls the head TOWARDS its taut fibres. (The
 * previous revision used only the wrap pressure, the "sling", which pushes
 * the head away from them; that dropped the attachment tension and is not the
 * femur's force balance.)
 *
 * Not yet modelled (docs/model.md): the joint load of body weight and hip
 * muscles, which in a squat is several times the capsule's force and sets
 * where the head sits. K = 150 N/mm and c_max = 3 mm are assumptions, not
 * calibrated against a measured contact stiffness.
 */

import type { Fibre, Obstacles } from './capsule.ts';
import { capsuleLoads } from './capsule.ts';
import type { Mat3, Vec3 } from './vec.ts';
import { length } from './vec.ts';

export const CARTILAGE_STIFFNESS_N_PER_MM = 150;
export const MAX_GLIDE_MM = 3;
const STEPS = 5;

export function glideFor(force: Vec3): Vec3 {
  const F = length(force);
  if (F < 1e-9) return [0, 0, 0];
  const mag = MAX_GLIDE_MM * Math.tanh(F / (CARTILAGE_STIFFNESS_N_PER_MM * MAX_GLIDE_MM));
  return [(force[0] / F) * mag, (force[1] / F) * mag, (force[2] / F) * mag];
}

/** Head centre (pelvis frame) at equilibrium for femur rotation M. */
export function solveGlide(fibres: Fibre[], M: Mat3, obstacles: Obstacles): Vec3 {
  let c: Vec3 = glideFor(capsuleLoads(fibres, M, [0, 0, 0], obstacles).forceN);
  for (let i = 0; i < STEPS; i++) {
    const target = glideFor(capsuleLoads(fibres, M, c, obstacles).forceN);
    c = [0.5 * (c[0] + target[0]), 0.5 * (c[1] + target[1]), 0.5 * (c[2] + target[2])];
  }
  return c;
}
