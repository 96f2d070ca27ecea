import { describe, expect, it } from 'vitest';
import { cameraFromPosition, cameraPosition, VIEW_CAMERAS } from './cameraViews';

describe('camera views', () => {
  it('turns an orbit into a position and back', () => {
    for (const c of Object.values(VIEW_CAMERAS)) {
      const back = cameraFromPosition(cameraPosition(c));
      expect(back.azimuthDeg).toBeCloseTo(c.azimuthDeg, 6);
      expect(back.elevationDeg).toBeCloseTo(c.elevationDeg, 6);
      expect(back.zoom).toBeCloseTo(c.zoom, 6);
    }
  });
  it('looks at the right hip from the right side in the side view and from the front in the front view', () => {
    const side = cameraPosition(VIEW_CAMERAS.side);
    const front = cameraPosition(VIEW_CAMERAS.front);
    expect(side[2]).toBeGreaterThan(Math.abs(side[0]));
    expect(front[0]).toBeGreaterThan(Math.abs(front[2]));
  });
});
