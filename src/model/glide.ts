/**
 * Femoral head glide: the head centre c (pelvis frame, mm) moves until the
 * push of the capsule on the head is balanced by the cartilage and labrum,
 * modelled as an isotropic linear spring K (N/mm) with a smooth bound:
 *   c = c_max · tanh(|F| / (K c_max)) · F / |F|,   F = F_sling(c)
 * solved by a fixed number of damped fixed-point steps (deterministic and
 * continuous in the inputs).
 *
 * F_sling is the pressure of the fibres that wrap over the head (capsule.ts,
 * CapsuleLoads.slingN): a taut fibre wrapped over the back of the head pushes
 * the head forward, one wrapped under it pushes it up. The tension each fibre
 * delivers at its femoral attachment is assumed to be taken by the limb that
 * holds the femur's orientation (the model prescribes the pose), so it moves
 * the head no more than the pose does. This is the "obligate translation"
 * idea measured in cadaver shoulders by Harryman et al. (1990, J Bone Joint
 * Surg Am 72:1334–1343: tightening the posterior capsule increased anterior,
 * and added superior, humeral head translation in flexion), ADOPTED here for
 * the hip as a clinical hypothesis, not a measurement: a free femur would be
 * pulled towards its taut fibres instead (CapsuleLoads.forceN), and muscle and
 * body-weight joint loads, which dominate real translations, are not modelled.
 *
 * K = 150 N/mm and c_max = 3 mm are assumptions: K keeps capsule pressures of
 * a few hundred newtons to a millimetre or two (published in-vivo translations
 * are about 1–2 mm); c_max keeps the head in its socket whatever the input.
 */

import type { Fibre } from './capsule.ts';
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
export function solveGlide(fibres: Fibre[], M: Mat3, wrapR: number): Vec3 {
  let c: Vec3 = glideFor(capsuleLoads(fibres, M, [0, 0, 0], wrapR).slingN);
  for (let i = 0; i < STEPS; i++) {
    const target = glideFor(capsuleLoads(fibres, M, c, wrapR).slingN);
    c = [0.5 * (c[0] + target[0]), 0.5 * (c[1] + target[1]), 0.5 * (c[2] + target[2])];
  }
  return c;
}
