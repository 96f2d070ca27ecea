/**
 * Turns the model's sampled surfaces (rings of points, each ring a closed loop with the
 * same number of points) into a three.js mesh geometry by joining neighbouring rings with
 * triangles. The model owns the shape; this only stitches it.
 */
import { BufferAttribute, BufferGeometry } from 'three';

/** A point as the model gives it: [x, y, z] in mm. */
export type Point3 = readonly [number, number, number];

/**
 * `flip` reverses the winding, so the visible (front) side of a one-sided material faces
 * the other way: the socket is drawn from inside only, which cuts it away for a camera
 * that looks from behind it.
 */
export function ringsToGeometry(rings: readonly (readonly Point3[])[], closedLoops = true, flip = false): BufferGeometry {
  const perRing = rings[0]?.length ?? 0;
  const positions = new Float32Array(rings.length * perRing * 3);
  let p = 0;
  for (const ring of rings)
    for (const v of ring) {
      positions[p++] = v[0];
      positions[p++] = v[1];
      positions[p++] = v[2];
    }
  const indices: number[] = [];
  const segments = closedLoops ? perRing : perRing - 1;
  for (let r = 0; r + 1 < rings.length; r++)
    for (let i = 0; i < segments; i++) {
      const a = r * perRing + i;
      const b = r * perRing + ((i + 1) % perRing);
      const c = a + perRing;
      const d = b + perRing;
      if (flip) indices.push(a, b, c, b, d, c);
      else indices.push(a, c, b, b, c, d);
    }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}
