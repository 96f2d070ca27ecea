/**
 * Public API of the hip model. Pure TypeScript: no React, three or DOM.
 * Units: millimetres, degrees, newtons. Frames: pelvis (X anterior, Y
 * superior, Z right, origin at the acetabular centre, right hip), femur (ISB,
 * origin at the head centre) and world for the body (floor y = 0, X forward,
 * Y up, Z right). See docs/model.md.
 */

/** Bump whenever a change would move a figure's numbers (saved links carry it). */
export const MODEL_VERSION = 3;

export type { Vec3 } from './vec.ts';
export type {
  HipParameters,
  ParameterRange,
  NumericParameterKey,
  ResolvedParameters,
} from './parameters.ts';
export { DEFAULT_PARAMETERS, PARAMETER_RANGES, resolveParameters } from './parameters.ts';
export type { HipGeometry, CapsuleAttachment } from './geometry.ts';
export { buildHipGeometry } from './geometry.ts';
export type { CapsuleRegion, CapsuleState, RegionState, FibreState } from './capsule.ts';
export { CAPSULE_REGIONS } from './capsule.ts';
export type { HipState, SolveInput } from './solveHip.ts';
export { solveHip, femurPointToPelvis } from './solveHip.ts';
export type { RangeOfMotion, Contact } from './rangeOfMotion.ts';
export { rangeOfMotion } from './rangeOfMotion.ts';
export type { Landmarks } from './body.ts';
export type { RimSample } from './acetabulum.ts';
