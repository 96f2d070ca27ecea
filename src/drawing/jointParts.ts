/**
 * What both pictures of the joint draw, built once per bone shape: the hip bone and femur
 * as tubes (anatomy.ts), the marks of a cam or pincer shape (shapeMarks.ts), and the points
 * the optional names point to. `posedPoints` gives the state's drawn points near the joint, in
 * the pelvis frame, which the framing fits to the pane.
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
  /** A point on the lateral face of the ilium, inside the framed region (pelvis frame). */
  pelvisPointMm: Vec3;
  /** A point on the drawn shaft, inside the framed region (femur frame). */
  shaftPointMm: Vec3;
}

/**
 * The pane shows the joint, not the whole drawn bone: points further than this from the centre
 * of the socket are left out of the framing, so the ball, socket rim, capsule and pinch fill
 * the pane and the ilium and shaft run off its edges. Framed on every drawn point, the ball,
 * labrum and capsule spanned 32% of the frame standing (jointDrawing.test.ts); the body inset
 * and the Body view give the whole-body context. 70 mm holds the capsule (≤ 52 mm from
 * the head's centre), the trochanters (≤ 64 mm) and the socket's bony shell with room round it.
 */
export const FRAME_RADIUS_MM = 70;

/** Of a tube's rings, the point whose distance from the origin is nearest `mm`, on its lateral side. */
function lateralPointAt(tube: Tube, mm: number): Vec3 {
  let best = tube.rings[0]![0]!;
  let bestCost = Infinity;
  for (const ring of tube.rings) {
    const lateral = ring.reduce((b, v) => (v[2] > b[2] ? v : b), ring[0]!);
    const cost = Math.abs(Math.hypot(lateral[0], lateral[1], lateral[2]) - mm);
    if (cost < bestCost) {
      bestCost = cost;
      best = lateral;
    }
  }
  return best;
}

const cache = new WeakMap<HipGeometry, JointParts>();

export function jointParts(geometry: HipGeometry): JointParts {
  const hit = cache.get(geometry);
  if (hit) return hit;
  const pelvis = pelvisTubes(geometry.acetabulum);
  const femur = femurTubes(geometry.femur);
  // Both names point well inside the framed region (the pelvis frame's origin is the socket's
  // centre, the femur frame's the head's), so they stay on screen in every view.
  const ilium = pelvis.find((t) => t.part === 'ilium')!;
  const pelvisPointMm = lateralPointAt(ilium, FRAME_RADIUS_MM * 0.7);
  const shaft = femur.find((t) => t.part === 'shaft')!;
  const shaftPointMm = lateralPointAt(shaft, FRAME_RADIUS_MM * 0.8);
  const parts = { pelvis, femur, marks: shapeMarks(geometry), pelvisPointMm, shaftPointMm };
  cache.set(geometry, parts);
  return parts;
}

/**
 * A sparse sample of what is drawn within FRAME_RADIUS_MM of the socket's centre for this
 * state, pelvis frame: the framing fits it.
 */
export function posedPoints(
  parts: JointParts,
  hip: Pick<HipState, 'pose'>,
  bands: readonly Band[],
): Vec3[] {
  const out: Vec3[] = [];
  const keep = (p: Vec3) => {
    if (Math.hypot(p[0], p[1], p[2]) <= FRAME_RADIUS_MM) out.push(p);
  };
  for (const t of parts.pelvis)
    for (const ring of t.rings) for (let j = 0; j < ring.length; j += 3) keep(ring[j]!);
  for (const t of parts.femur)
    for (let i = 0; i < t.rings.length; i += 2) {
      const ring = t.rings[i]!;
      for (let j = 0; j < ring.length; j += 4) keep(femurPointToPelvis(hip, ring[j]!));
    }
  for (const b of bands) for (const f of b.fibres) for (const p of f.points) keep(p);
  return out;
}
