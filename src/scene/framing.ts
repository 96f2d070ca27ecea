/**
 * Frames the joint in its pane: the camera looks along the view's direction at the middle
 * of what is drawn, from the distance at which every drawn point falls inside the pane with
 * a small margin (exact for a perspective camera, point by point). The flat drawing fits the
 * same points with its orthographic projection, so the poster and the live figure match.
 * Pure: the scene, the tests and the drawing share it.
 */
import { viewBasis, type P3 } from '../drawing/project';
import type { CameraState } from '../state/figureState';

/** Share of the pane's half-width and half-height the joint may fill. */
export const FILL = 0.94;

export interface Framing {
  /** The point the camera looks at (pelvis frame, mm). */
  target: P3;
  /** Camera distance from the target at zoom 1, mm. */
  distanceMm: number;
}

export function frameToFit(
  points: readonly P3[],
  orbit: Pick<CameraState, 'azimuthDeg' | 'elevationDeg'>,
  aspect: number,
  fovDeg: number,
  fill = FILL,
): Framing {
  const { right, up, toViewer } = viewBasis(orbit);
  const dot = (p: P3, a: P3) => p[0] * a[0] + p[1] * a[1] + p[2] * a[2];
  let u0 = Infinity;
  let u1 = -Infinity;
  let v0 = Infinity;
  let v1 = -Infinity;
  let w0 = Infinity;
  let w1 = -Infinity;
  for (const p of points) {
    const u = dot(p, right);
    const v = dot(p, up);
    const w = dot(p, toViewer);
    u0 = Math.min(u0, u);
    u1 = Math.max(u1, u);
    v0 = Math.min(v0, v);
    v1 = Math.max(v1, v);
    w0 = Math.min(w0, w);
    w1 = Math.max(w1, w);
  }
  if (!Number.isFinite(u0)) return { target: [0, 0, 0], distanceMm: 250 };
  const uc = (u0 + u1) / 2;
  const vc = (v0 + v1) / 2;
  const wc = (w0 + w1) / 2;
  const tanV = Math.tan((fovDeg * Math.PI) / 360) * fill;
  const tanU = tanV * aspect;
  let distanceMm = 0;
  for (const p of points) {
    const nearer = dot(p, toViewer) - wc;
    const need = Math.max(Math.abs(dot(p, right) - uc) / tanU, Math.abs(dot(p, up) - vc) / tanV);
    distanceMm = Math.max(distanceMm, nearer + need);
  }
  const target: P3 = [
    right[0] * uc + up[0] * vc + toViewer[0] * wc,
    right[1] * uc + up[1] * vc + toViewer[1] * wc,
    right[2] * uc + up[2] * vc + toViewer[2] * wc,
  ];
  return { target, distanceMm };
}

/** Where the camera sits for an orbit and a framing. */
export function cameraAt(camera: CameraState, framing: Framing): P3 {
  const { toViewer } = viewBasis(camera);
  const r = framing.distanceMm / camera.zoom;
  const t = framing.target;
  return [t[0] + toViewer[0] * r, t[1] + toViewer[1] * r, t[2] + toViewer[2] * r];
}

/** The orbit a camera position describes, for a framing (the inverse of cameraAt). */
export function orbitOf(position: P3, framing: Framing): CameraState {
  const t = framing.target;
  const dx = position[0] - t[0];
  const dy = position[1] - t[1];
  const dz = position[2] - t[2];
  const r = Math.hypot(dx, dy, dz);
  return {
    azimuthDeg: (Math.atan2(dx, dz) * 180) / Math.PI,
    elevationDeg: (Math.asin(dy / r) * 180) / Math.PI,
    zoom: framing.distanceMm / r,
  };
}
