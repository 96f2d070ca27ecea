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

export function pathOf(points: readonly { x: number; y: number }[], closed = false): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  return `M${num(first!.x)} ${num(first!.y)}${rest.map((p) => `L${num(p.x)} ${num(p.y)}`).join('')}${closed ? 'Z' : ''}`;
}

/** A circle as path data. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
}
