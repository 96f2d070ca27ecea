/**
 * The hip's geometry built from parameters: the analytic shapes the solver
 * uses (femur.ts, acetabulum.ts, capsule.ts) and the sampled meshes the scene
 * draws. Both come from the same functions, so what is drawn is what the
 * clearance is computed against. Femur meshes are in the FEMUR frame (origin
 * at the head centre, before posing); acetabulum and capsule pelvic
 * attachments in the PELVIS frame. Millimetres.
 *
 * Contexts are cached by parameter values (small LRU) because solveHip is
 * called on every slider move with mostly unchanged anatomy.
 */

import type { AcetabulumMesh, AcetabulumShape } from './acetabulum.ts';
import { buildAcetabulumMesh, buildAcetabulumShape } from './acetabulum.ts';
import type { CapsuleRegion, Fibre, Obstacles } from './capsule.ts';
import { CAPSULE_SLACK, buildFibres, obstaclesFor } from './capsule.ts';
import type { RimSet } from './clearance.ts';
import { buildRimSet } from './clearance.ts';
import type { FemurMesh, FemurShape } from './femur.ts';
import { buildFemurMesh, buildFemurShape } from './femur.ts';
import type { HipParameters, ResolvedParameters } from './parameters.ts';
import { parameterKey, resolveParameters } from './parameters.ts';
import type { Vec3 } from './vec.ts';

/** Everything the solver needs for one anatomy (internal). */
export interface ModelContext {
  params: ResolvedParameters;
  femur: FemurShape;
  acetabulum: AcetabulumShape;
  fibres: Fibre[];
  /** Head sphere and neck cylinder the fibres wrap over (femur frame). */
  obstacles: Obstacles;
  /** Rim + labrum samples: fine (final answers) and coarse (inner searches). */
  rimsFine: RimSet;
  rimsCoarse: RimSet;
  /** Bony rim only (labrum ignored), for passive range of motion. */
  bonesFine: RimSet;
}

export function stiffnessScales(p: ResolvedParameters): Record<CapsuleRegion, number> {
  return {
    iliofemoralLateral: p.iliofemoralLateralStiffness,
    iliofemoralMedial: p.iliofemoralMedialStiffness,
    pubofemoral: p.pubofemoralStiffness,
    ischiofemoral: p.ischiofemoralStiffness,
    posteriorCapsule: p.posteriorCapsuleStiffness,
  };
}

export function buildContext(
  params: ResolvedParameters,
  slack: Record<CapsuleRegion, number> = CAPSULE_SLACK,
): ModelContext {
  const femur = buildFemurShape(params);
  const acetabulum = buildAcetabulumShape(params);
  const fibres = buildFibres(femur, acetabulum, {
    posteriorCapsuleTightness: params.posteriorCapsuleTightness,
    stiffnessScale: stiffnessScales(params),
    slack,
  });
  return {
    params,
    femur,
    acetabulum,
    fibres,
    obstacles: obstaclesFor(femur),
    rimsFine: buildRimSet(acetabulum, 72),
    rimsCoarse: buildRimSet(acetabulum, 36),
    bonesFine: buildRimSet({ ...acetabulum, labrumRad: 0 }, 72),
  };
}

const cache = new Map<string, ModelContext>();
const CACHE_SIZE = 16;

/** Cached context for resolved parameters (seatedInternalRotationDeg must already be applied). */
export function contextFor(params: ResolvedParameters): ModelContext {
  const key = parameterKey(params);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const ctx = buildContext(params);
  cache.set(key, ctx);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return ctx;
}

export interface CapsuleAttachment {
  region: CapsuleRegion;
  /** Pelvis frame. */
  pelvicMm: Vec3;
  /** Femur frame. */
  femoralMm: Vec3;
}

export interface HipGeometry {
  femur: FemurMesh & {
    headRadiusMm: number;
    /** Unit neck axis in the femur frame, head centre → neck base. */
    neckAxis: Vec3;
    /** Unit anatomical shaft axis (pointing proximally), femur frame. */
    shaftAxis: Vec3;
  };
  acetabulum: AcetabulumMesh & {
    radiusMm: number;
    /** Unit opening axis of the socket, pelvis frame. */
    openingAxis: Vec3;
    /** Bony coverage angle from the dome to the rim, degrees. */
    coverageDeg: number;
  };
  capsuleAttachments: CapsuleAttachment[];
}

/** Surfaces for the scene, computed from the same parameters the solver uses. */
export function buildHipGeometry(params?: Partial<HipParameters>): HipGeometry {
  const { params: p } = resolveParameters(params);
  const ctx = contextFor(p);
  return geometryOf(ctx);
}

export function geometryOf(ctx: ModelContext): HipGeometry {
  const f = ctx.femur;
  const a = ctx.acetabulum;
  return {
    femur: {
      ...buildFemurMesh(f),
      headRadiusMm: f.headRadiusMm,
      neckAxis: f.neckAxis,
      shaftAxis: f.shaftAxis,
    },
    acetabulum: {
      ...buildAcetabulumMesh(a),
      radiusMm: a.radiusMm,
      openingAxis: a.axis,
      coverageDeg: (a.coverageRad * 180) / Math.PI,
    },
    capsuleAttachments: ctx.fibres.map((fb) => ({
      region: fb.region,
      pelvicMm: fb.pelvicMm,
      femoralMm: fb.femoralMm,
    })),
  };
}
