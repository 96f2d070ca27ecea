import { describe, expect, it } from 'vitest';
import { viewBasis } from '../drawing/project';
import { VIEW_CAMERAS } from './cameraViews';
import { cameraAt, orbitOf } from './framing';

describe('camera views', () => {
  it('looks at the right hip from the right side in the side view, from the front in the front view, from inside in the socket view', () => {
    expect(viewBasis(VIEW_CAMERAS.side).toViewer[2]).toBeGreaterThan(0.85);
    expect(viewBasis(VIEW_CAMERAS.front).toViewer[0]).toBeGreaterThan(0.9);
    expect(viewBasis(VIEW_CAMERAS.socket).toViewer[2]).toBeLessThan(-0.9);
  });
  it('turns an orbit into a camera position and back, for any framing', () => {
    const framing = { target: [5, -3, 8] as [number, number, number], distanceMm: 320 };
    for (const c of Object.values(VIEW_CAMERAS)) {
      const back = orbitOf(cameraAt(c, framing), framing);
      expect(back.azimuthDeg).toBeCloseTo(c.azimuthDeg, 6);
      expect(back.elevationDeg).toBeCloseTo(c.elevationDeg, 6);
      expect(back.zoom).toBeCloseTo(c.zoom, 6);
    }
  });
});
