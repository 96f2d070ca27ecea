/**
 * Orthographic projections of the model's pelvis frame (mm; X anterior, Y superior, Z right)
 * for the flat drawings, looking the way the 3D camera looks for the same orbit (azimuth 0
 * from the right side, 90 from the front, 180 from inside the pelvis), so the poster shows
 * what the live figure will. Screen y grows downward.
 */
import type { CameraState } from '../state/figureState';

/** A point as the model gives it: [x, y, z] in mm. */
export type P3 = readonly [number, number, number];
export interface P2 {
  x: number;
  y: number;
  /** Toward the viewer: larger is nearer, for painter's order. */
  depth: number;
}

export interface ViewBasis {
  right: P3;
  up: P3;
  /** From the joint toward the viewer. */
  toViewer: P3;
}

/** The camera's axes for an orbit (the same as the 3D camera's for that orbit). */
export function viewBasis({
  azimuthDeg,
  elevationDeg,
}: Pick<CameraState, 'azimuthDeg' | 'elevationDeg'>): ViewBasis {
  const az = (azimuthDeg * Math.PI) / 180;
  const el = (elevationDeg * Math.PI) / 180;
  const toViewer: P3 = [Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)];
  // right = normalize(up × toViewer) with world up = +Y.
  const rl = Math.hypot(toViewer[2], toViewer[0]) || 1;
  const right: P3 = [toViewer[2] / rl, 0, -toViewer[0] / rl];
  const up: P3 = [
    toViewer[1] * right[2] - toViewer[2] * right[1],
    toViewer[2] * right[0] - toViewer[0] * right[2],
    toViewer[0] * right[1] - toViewer[1] * right[0],
  ];
  return { right, up, toViewer };
}

export function projectorFor(basis: ViewBasis): (p: P3) => P2 {
  const { right: r, up: u, toViewer: t } = basis;
  return ([x, y, z]) => ({
    x: x * r[0] + y * r[1] + z * r[2],
    y: -(x * u[0] + y * u[1] + z * u[2]),
    depth: x * t[0] + y * t[1] + z * t[2],
  });
}

/** A coordinate for SVG markup: one decimal, no trailing zero, no "-0". */
export function num(value: number): string {
  const r = Math.round(value * 10) / 10;
  return r === 0 ? '0' : String(r);
}

type P = { x: number; y: number };

/**
 * How far (drawing units, mm) a simplified outline may stray from the model's: a tenth of a
 * millimetre, the precision `num` writes anyway, under half a pixel on a phone. The outlines are
 * sampled densely for the 3D meshes; written out point by point they made most of each page's
 * HTML, and every figure's drawing is in the page (and in the offline cache).
 */
export const PATH_TOLERANCE = 0.1;

/** Ramer–Douglas–Peucker: the fewest points that stay within `tol` of the polyline. */
export function simplify(points: readonly P[], tol = PATH_TOLERANCE): P[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const a = points[i]!;
    const b = points[j]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const l2 = dx * dx + dy * dy;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const p = points[k]!;
      // Distance to the segment, not the line: an outline may double back past its ends.
      const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
      const d = Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      if (d > worst) {
        worst = d;
        at = k;
      }
    }
    if (worst > tol) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

/** To the tenth that `num` writes, so a last-bit difference cannot change which points stay. */
const tenth = (v: number) => Math.round(v * 10) / 10;

export function pathOf(points: readonly P[], closed = false): string {
  if (points.length === 0) return '';
  // Rounded before simplifying: the server's and the browser's Math differ in the last bit
  // (src/utils/steady.ts), and the simplification's choice of points must not follow that.
  const [first, ...rest] = simplify(points.map((p) => ({ x: tenth(p.x), y: tenth(p.y) })));
  return `M${num(first!.x)} ${num(first!.y)}${rest.map((p) => `L${num(p.x)} ${num(p.y)}`).join('')}${closed ? 'Z' : ''}`;
}

/** A circle as path data. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
}
