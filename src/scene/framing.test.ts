import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { cameraAt, frameToFit, FILL } from './framing';

const points: [number, number, number][] = [
  [-60, -90, -20],
  [50, 110, 30],
  [90, -10, 40],
  [-40, 60, -70],
  [10, 0, 0],
];

describe('framing', () => {
  it.each([
    [4 / 3, { azimuthDeg: 12, elevationDeg: 8, zoom: 1 }],
    [1, { azimuthDeg: 84, elevationDeg: 10, zoom: 1 }],
    [2, { azimuthDeg: 172, elevationDeg: 6, zoom: 1 }],
    [0.7, { azimuthDeg: -40, elevationDeg: 30, zoom: 1 }],
  ])(
    'fits every point inside a pane of aspect %s, touching its edge on one side',
    (aspect, orbit) => {
      const framing = frameToFit(points, orbit, aspect, 32);
      const camera = new PerspectiveCamera(32, aspect, 1, 5000);
      camera.position.set(...cameraAt(orbit, framing));
      camera.lookAt(...framing.target);
      camera.updateMatrixWorld();
      let most = 0;
      for (const p of points) {
        const v = new Vector3(...p).project(camera);
        expect(Math.abs(v.x)).toBeLessThanOrEqual(FILL + 1e-6);
        expect(Math.abs(v.y)).toBeLessThanOrEqual(FILL + 1e-6);
        most = Math.max(most, Math.abs(v.x), Math.abs(v.y));
      }
      expect(most).toBeGreaterThan(FILL - 0.05);
    },
  );
});
