/**
 * Where the camera sits for each named view, as an orbit around the joint: azimuth 0 looks
 * from the right side (lateral), 90 from the front, 180 from inside the pelvis.
 */
import type { CameraState, ViewName } from '../state/figureState';

export const VIEW_CAMERAS: Record<ViewName, CameraState> = {
  side: { azimuthDeg: 38, elevationDeg: 12, zoom: 1 },
  front: { azimuthDeg: 78, elevationDeg: 8, zoom: 1 },
  socket: { azimuthDeg: 170, elevationDeg: 5, zoom: 1.15 },
  body: { azimuthDeg: 38, elevationDeg: 12, zoom: 1 },
  joint: { azimuthDeg: 30, elevationDeg: 15, zoom: 1.1 },
};

/** Camera distance from the target at zoom 1, in mm. */
export const BASE_DISTANCE_MM = 250;

/** The orbit's target: between the socket and the neck, so both stay in the frame. */
export const TARGET_MM: [number, number, number] = [4, -4, 10];

export function cameraPosition(c: CameraState): [number, number, number] {
  const az = (c.azimuthDeg * Math.PI) / 180;
  const el = (c.elevationDeg * Math.PI) / 180;
  const r = BASE_DISTANCE_MM / c.zoom;
  return [
    TARGET_MM[0] + r * Math.cos(el) * Math.sin(az),
    TARGET_MM[1] + r * Math.sin(el),
    TARGET_MM[2] + r * Math.cos(el) * Math.cos(az),
  ];
}

export function cameraFromPosition([x, y, z]: readonly [number, number, number]): CameraState {
  const dx = x - TARGET_MM[0];
  const dy = y - TARGET_MM[1];
  const dz = z - TARGET_MM[2];
  const r = Math.hypot(dx, dy, dz);
  return {
    azimuthDeg: (Math.atan2(dx, dz) * 180) / Math.PI,
    elevationDeg: (Math.asin(dy / r) * 180) / Math.PI,
    zoom: BASE_DISTANCE_MM / r,
  };
}
