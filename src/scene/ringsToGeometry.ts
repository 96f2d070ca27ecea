/**
 * Turns the model's sampled surfaces (rings of points, each ring a closed loop with the
 * same number of points) into a three.js mesh geometry by joining neighbouring rings with
 * triangles. The model owns the shape; this only stitches it.
 */
import { BufferAttribute, BufferGeometry } from 'three';

/** A point as the model gives it: [x, y, z] in mm. */
export type Point3 = readonly [number, number, number];

/**
 * True when the stitched triangles would face into the tube (toward each ring's centre):
 * one sample quad from a middle ring decides, since the rings are sampled consistently.
 */
function facesInward(rings: readonly (readonly Point3[])[]): boolean {
  const r = Math.max(0, Math.floor(rings.length / 2) - 1);
  const ring = rings[r];
  const next = rings[r + 1];
  if (!ring || !next || ring.length < 3) return false;
  const centre = [0, 1, 2].map((k) => ring.reduce((s, p) => s + p[k]!, 0) / ring.length) as [
    number,
    number,
    number,
  ];
  const a = ring[0]!;
  const b = ring[1]!;
  const c = next[0]!;
  // Triangle (a, c, b) is the first one stitched below.
  const u = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const v = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const n = [
    u[1]! * v[2]! - u[2]! * v[1]!,
    u[2]! * v[0]! - u[0]! * v[2]!,
    u[0]! * v[1]! - u[1]! * v[0]!,
  ];
  const out = [a[0] - centre[0], a[1] - centre[1], a[2] - centre[2]];
  return n[0]! * out[0]! + n[1]! * out[1]! + n[2]! * out[2]! < 0;
}

/**
 * Stitches rings into a mesh whose triangles face outward, away from the ring centres
 * (for a tube-like surface such as the femur), so one-sided materials show the outside.
 */
export function ringsToGeometry(
  rings: readonly (readonly Point3[])[],
  closedLoops = true,
): BufferGeometry {
  const perRing = rings[0]?.length ?? 0;
  const positions = new Float32Array(rings.length * perRing * 3);
  let p = 0;
  for (const ring of rings)
    for (const v of ring) {
      positions[p++] = v[0];
      positions[p++] = v[1];
      positions[p++] = v[2];
    }
  const flip = facesInward(rings);
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
