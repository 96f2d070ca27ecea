/**
 * Where the camera looks from for each named view, as an orbit around the joint: azimuth 0
 * looks from the right side (lateral), 90 from the front, 180 from inside the pelvis. How far
 * away it sits is not fixed: framing.ts fits the joint to the pane (zoom 1 = fitted).
 *   side   – from the right side, a little from behind and above: in a deep squat the thigh
 *            points forward and out, toward a viewer straight beside it, so from here it
 *            shows its length as it rises toward the pelvis
 *   front  – from the front: the front of the neck comes up to the rim
 *   socket – from inside the pelvis and a little above, through the see-through bone: the
 *            ball in its cup
 *   joint  – the cutaway: everything cut through the socket's centre and the pinch, so the
 *            ball shows in its cup with the labrum and the neck in section
 *   body   – as side (the body figure leads)
 */
import type { CameraState, ViewName } from '../state/figureState';

export const VIEW_CAMERAS: Record<ViewName, CameraState> = {
  side: { azimuthDeg: -20, elevationDeg: 18, zoom: 1 },
  front: { azimuthDeg: 84, elevationDeg: 10, zoom: 1 },
  socket: { azimuthDeg: 168, elevationDeg: 22, zoom: 1 },
  body: { azimuthDeg: -20, elevationDeg: 18, zoom: 1 },
  joint: { azimuthDeg: -20, elevationDeg: 18, zoom: 1 },
};

/** Vertical field of view: narrow, so the joint reads with little perspective distortion. */
export const CAMERA_FOV_DEG = 32;
