/**
 * three.js geometries from the shared drawing data (src/drawing): the bones' tubes, the
 * socket's cup and labrum, the capsule's bands, each stitched from the model's own points by
 * ringsToGeometry. Colours that vary over a surface (cartilage on the ball, a cam bump, a
 * pincer's overhang, the pinch) are vertex colours, recomputed when they change.
 */
import {
  BufferAttribute,
  BufferGeometry,
  CatmullRomCurve3,
  Color,
  TubeGeometry,
  Vector3,
} from 'three';
import type { HipGeometry } from '../model';
import type { Tube, Vec3 } from '../drawing/anatomy';
import type { BandFibre } from '../drawing/capsuleBands';
import { ringsToGeometry } from './ringsToGeometry';

export function tubeGeometry(tube: Tube): BufferGeometry {
  return ringsToGeometry(tube.rings);
}

/** A copy of a geometry pushed out along its normals: drawn inside-out behind it, an outline. */
export function inflated(geometry: BufferGeometry, byMm: number): BufferGeometry {
  const g = geometry.clone();
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  for (let i = 0; i < pos.count; i++)
    pos.setXYZ(
      i,
      pos.getX(i) + nor.getX(i) * byMm,
      pos.getY(i) + nor.getY(i) * byMm,
      pos.getZ(i) + nor.getZ(i) * byMm,
    );
  pos.needsUpdate = true;
  return g;
}

/** The cup's lining, from a point behind the dome out to the bony rim. */
export function cupGeometry(a: HipGeometry['acetabulum']): BufferGeometry {
  const pole: Vec3 = [
    -a.openingAxis[0] * a.radiusMm,
    -a.openingAxis[1] * a.radiusMm,
    -a.openingAxis[2] * a.radiusMm,
  ];
  const first = a.socketRings[0] ?? [];
  return ringsToGeometry([first.map(() => pole), ...a.socketRings]);
}

/** The labrum as a wedge all round the rim: on the rim, standing off it, and its free edge. */
export function labrumGeometry(a: HipGeometry['acetabulum']): BufferGeometry {
  const base = a.labrum.baseMm;
  const out = base.map((p) => {
    const l = Math.hypot(p[0], p[1], p[2]);
    const k = (l + 3.2) / l;
    return [p[0] * k, p[1] * k, p[2] * k] as Vec3;
  });
  return ringsToGeometry([base, out, a.labrum.edgeMm, base]);
}

/** Sets a geometry's vertex colours from a function of the vertex index. */
export function paintVertices(
  geometry: BufferGeometry,
  colourOf: (i: number, target: Color) => void,
): void {
  const count = geometry.getAttribute('position').count;
  let attr = geometry.getAttribute('color') as BufferAttribute | undefined;
  if (!attr || attr.count !== count) {
    attr = new BufferAttribute(new Float32Array(count * 3), 3);
    geometry.setAttribute('color', attr);
  }
  const c = new Color();
  for (let i = 0; i < count; i++) {
    colourOf(i, c);
    attr.setXYZ(i, c.r, c.g, c.b);
  }
  attr.needsUpdate = true;
}

/** A band's ribbon between its fibres (an open strip, fibre by fibre). */
export function ribbonGeometry(fibres: readonly BandFibre[]): BufferGeometry {
  return ringsToGeometry(
    fibres.map((f) => f.points),
    false,
  );
}

/** A fibre as a round tube. */
export function fibreTube(points: readonly Vec3[], radiusMm: number): TubeGeometry {
  const curve = new CatmullRomCurve3(points.map(([x, y, z]) => new Vector3(x, y, z)));
  return new TubeGeometry(curve, points.length * 2, radiusMm, 6, false);
}
