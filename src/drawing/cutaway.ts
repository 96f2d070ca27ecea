/**
 * The cutaway's plane: through the socket's centre, along the neck and through the spot the
 * figure marks (the pinch, or the closest spot when the neck is near; else the top of the
 * rim), so the cut shows the ball in its cup, the neck in profile and the rim where the two
 * meet or will meet. Everything on the viewer's side of it is cut
 * away. When the neck points at the spot (no plane holds both), the plane through the spot
 * that faces the viewer most squarely is used.
 */
import type { HipGeometry, HipState } from '../model';
import type { Vec3 } from './anatomy';
import { NEAR_MM } from './labels';

const unit = (v: Vec3): Vec3 => {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
};
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The plane's unit normal, pointing toward the viewer; the plane passes through the origin. */
export function cutNormal(
  toViewer: Vec3,
  hip: Pick<HipState, 'contact' | 'clearanceMm' | 'nearestPointMm' | 'pose'>,
  geometry: Pick<HipGeometry, 'femur' | 'acetabulum'>,
): Vec3 {
  const spot =
    hip.contact?.pointMm ??
    (hip.clearanceMm < NEAR_MM ? hip.nearestPointMm : geometry.acetabulum.clockToPoint(12));
  const c = unit(spot);
  const m = hip.pose.femurToPelvis;
  const a = geometry.femur.neckAxis;
  const neck: Vec3 = unit([
    m[0]! * a[0] + m[1]! * a[1] + m[2]! * a[2],
    m[3]! * a[0] + m[4]! * a[1] + m[5]! * a[2],
    m[6]! * a[0] + m[7]! * a[1] + m[8]! * a[2],
  ]);
  const n: Vec3 = [
    neck[1] * c[2] - neck[2] * c[1],
    neck[2] * c[0] - neck[0] * c[2],
    neck[0] * c[1] - neck[1] * c[0],
  ];
  if (Math.hypot(...n) > 0.2) {
    const u = unit(n);
    return dot(u, toViewer) >= 0 ? u : [-u[0], -u[1], -u[2]];
  }
  const k = dot(toViewer, c);
  return unit([toViewer[0] - k * c[0], toViewer[1] - k * c[1], toViewer[2] - k * c[2]]);
}
