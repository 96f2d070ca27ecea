import { describe, expect, it } from 'vitest';
import { rangeOfMotion } from './index.ts';

describe('rangeOfMotion', () => {
  const typical = rangeOfMotion();
  it('typical hip is in the published normal range', () => {
    expect(typical.flexionDeg).toBeGreaterThan(110);
    expect(typical.internalRotationAt90Deg).toBeGreaterThan(25);
    expect(typical.internalRotationAt90Deg).toBeLessThan(45);
    expect(typical.externalRotationAt90Deg).toBeGreaterThan(30);
  });
  it('tighter posterior capsule → less internal rotation at 90°', () => {
    expect(rangeOfMotion({ posteriorCapsuleTightness: 1.5 }).internalRotationAt90Deg).toBeLessThan(typical.internalRotationAt90Deg - 3);
  });
  it('larger alpha angle → less internal rotation at 90° and less flexion', () => {
    const cam = rangeOfMotion({ alphaAngleDeg: 70 });
    expect(cam.internalRotationAt90Deg).toBeLessThan(typical.internalRotationAt90Deg - 10);
    expect(cam.flexionDeg).toBeLessThan(typical.flexionDeg);
  });
  it('larger centre-edge angle → less flexion', () => {
    expect(rangeOfMotion({ lateralCenterEdgeDeg: 40 }).flexionDeg).toBeLessThan(rangeOfMotion({ lateralCenterEdgeDeg: 25 }).flexionDeg);
  });
  it('FADIR in a cam hip ends against the rim', () => {
    const cam = rangeOfMotion({ alphaAngleDeg: 75 });
    expect(cam.fadir.internalRotationDeg).toBeLessThan(typical.fadir.internalRotationDeg + 1e-9);
  });
  it('seatedInternalRotationDeg round-trips within 1°', () => {
    for (const target of [12, 20, 28, 32]) {
      const rom = rangeOfMotion({ seatedInternalRotationDeg: target });
      expect(Math.abs(rom.internalRotationAt90Deg - target)).toBeLessThan(1);
    }
  });
});
