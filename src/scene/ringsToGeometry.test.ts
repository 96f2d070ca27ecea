import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { ringsToGeometry, type Point3 } from './ringsToGeometry';

/** A cylinder of radius 10 along +Y, its rings sampled either way round. */
function cylinder(clockwise: boolean): Point3[][] {
  return [0, 10, 20].map((y) =>
    Array.from({ length: 12 }, (_, i) => {
      const a = ((clockwise ? -1 : 1) * 2 * Math.PI * i) / 12;
      return [10 * Math.cos(a), y, 10 * Math.sin(a)] as Point3;
    }),
  );
}

describe('rings to geometry', () => {
  it.each([true, false])(
    'faces outward whichever way the rings run (clockwise: %s)',
    (clockwise) => {
      const g = ringsToGeometry(cylinder(clockwise));
      const index = g.getIndex()!;
      const pos = g.getAttribute('position');
      const [a, b, c] = [0, 1, 2].map((k) => new Vector3().fromBufferAttribute(pos, index.getX(k)));
      const normal = new Vector3().subVectors(b!, a!).cross(new Vector3().subVectors(c!, a!));
      const outward = new Vector3(a!.x, 0, a!.z);
      expect(normal.dot(outward)).toBeGreaterThan(0);
      expect(index.count).toBe(2 * 12 * 2 * 3);
    },
  );
});
