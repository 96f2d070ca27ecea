/**
 * 2D projections of the model's pelvis frame (mm; X anterior, Y superior, Z right) for the
 * SVG drawings: the poster of the joint, the body figure, the preview images. Screen y
 * grows downward, so "up" is −y here.
 */
import type { ViewName } from '../state/figureState';

/** A point as the model gives it: [x, y, z] in mm. */
export type P3 = readonly [number, number, number];
export interface P2 {
  x: number;
  y: number;
  /** Toward the viewer: larger is nearer, for painter's order. */
  depth: number;
}

/**
 * side: seen from the right (lateral), front of the body to the right.
 * front: seen from the front, so the right hip is on the viewer's left.
 * socket: seen from inside the pelvis, looking out through the socket.
 */
export function projector(view: ViewName): (p: P3) => P2 {
  switch (view) {
    case 'front':
      return ([x, y, z]) => ({ x: -z, y: -y, depth: x });
    case 'socket':
      return ([x, y, z]) => ({ x: -x, y: -y, depth: -z });
    default:
      return ([x, y, z]) => ({ x, y: -y, depth: z });
  }
}

export function pathOf(points: readonly P2[], closed = false): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  return `M${first!.x.toFixed(1)} ${first!.y.toFixed(1)}${rest.map((p) => `L${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('')}${closed ? 'Z' : ''}`;
}
