/**
 * What both pictures of the joint draw, built once per bone shape: the hip bone and femur
 * as tubes (anatomy.ts), the marks of a cam or pincer shape (shapeMarks.ts), and the points
 * the optional names point to. `posedPoints` gives a state's drawn points in the pelvis frame,
 * which the framing fits to the pane.
 */
import { femurPointToPelvis, type HipGeometry, type HipState } from '../model';
import { femurTubes, pelvisTubes, type Tube, type Vec3 } from './anatomy';
import type { Band } from './capsuleBands';
import { shapeMarks, type ShapeMarks } from './shapeMarks';

export interface JointParts {
  pelvis: Tube[];
  /** Femur frame. */
  femur: Tube[];
  marks: ShapeMarks;
  /** A point on the lateral face of the ilium (pelvis frame). */
  pelvisPointMm: Vec3;
  /** A point on the drawn shaft near its cut end (femur frame). */
  shaftPointMm: Vec3;
}

const cache = new WeakMap<HipGeometry, JointParts>();

export function jointParts(geometry: HipGeometry): JointParts {
  const hit = cache.get(geometry);
  if (hit) return hit;
  const pelvis = pelvisTubes(geometry.acetabulum);
  const femur = femurTubes(geometry.femur);
  const ilium = pelvis.find((t) => t.part === 'ilium')!;
  const wingRing = ilium.rings[Math.floor(ilium.rings.length / 2)]!;
  // The ring's most lateral point.
  const pelvisPointMm = wingRing.reduce((best, v) => (v[2] > best[2] ? v : best), wingRing[0]!);
  const shaft = femur.find((t) => t.part === 'shaft')!;
  const low = shaft.rings[shaft.rings.length - 3]!;
  const shaftPointMm = low.reduce((best, v) => (v[2] > best[2] ? v : best), low[0]!);
  const parts = { pelvis, femur, marks: shapeMarks(geometry), pelvisPointMm, shaftPointMm };
  cache.set(geometry, parts);
  return parts;
}

/** A sparse sample of everything drawn for this state, pelvis frame: the framing fits it. */
export function posedPoints(
  parts: JointParts,
  hip: Pick<HipState, 'pose'>,
  bands: readonly Band[],
): Vec3[] {
  const out: Vec3[] = [];
  for (const t of parts.pelvis)
    for (const ring of t.rings) for (let j = 0; j < ring.length; j += 3) out.push(ring[j]!);
  for (const t of parts.femur)
    for (let i = 0; i < t.rings.length; i += 2) {
      const ring = t.rings[i]!;
      for (let j = 0; j < ring.length; j += 4) out.push(femurPointToPelvis(hip, ring[j]!));
    }
  for (const b of bands) for (const f of b.fibres) for (const p of f.points) out.push(p);
  return out;
}
