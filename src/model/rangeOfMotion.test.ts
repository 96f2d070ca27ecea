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
  it('tighter posterior capsule → less internal rotation at 90° once the capsule, not bone, is the limit', () => {
    // The default hip's seated IR is stopped by bone (32°); tightening first makes no difference,
    // then takes rotation away.
    const ir = (t: number) =>
      rangeOfMotion({ posteriorCapsuleTightness: t }).internalRotationAt90Deg;
    expect(ir(1.5)).toBeLessThanOrEqual(typical.internalRotationAt90Deg + 1e-9);
    expect(ir(3)).toBeLessThan(typical.internalRotationAt90Deg - 8);
    expect(ir(4)).toBeLessThan(ir(3) - 5);
  });
  it('larger alpha angle → less internal rotation at 90° and less flexion', () => {
    const cam = rangeOfMotion({ alphaAngleDeg: 70 });
    expect(cam.internalRotationAt90Deg).toBeLessThan(typical.internalRotationAt90Deg - 10);
    expect(cam.flexionDeg).toBeLessThan(typical.flexionDeg);
  });
  it('larger centre-edge angle → less flexion', () => {
    expect(rangeOfMotion({ lateralCenterEdgeDeg: 40 }).flexionDeg).toBeLessThan(
      rangeOfMotion({ lateralCenterEdgeDeg: 25 }).flexionDeg,
    );
  });
  it('FADIR in a cam hip ends against the rim', () => {
    const cam = rangeOfMotion({ alphaAngleDeg: 75 });
    expect(cam.fadir.internalRotationDeg).toBeLessThan(typical.fadir.internalRotationDeg + 1e-9);
  });
  // Antero-superior: between 12 and 3 o'clock (12 superior, 3 anterior).
  const anteroSuperior = (h: number | undefined) => h !== undefined && (h >= 11.75 || h <= 3);
  it('FADIR: a typical hip turns in 15–30° and ends with at most the labrum touched, antero-superiorly', () => {
    expect(typical.fadir.internalRotationDeg).toBeGreaterThan(15);
    expect(typical.fadir.internalRotationDeg).toBeLessThan(30);
    if (typical.fadir.contact) {
      expect(typical.fadir.contact.structure).toBe('labrum');
      expect(anteroSuperior(typical.fadir.contact.clockHour)).toBe(true);
    }
  });
  it('FADIR: a cam hip turns in less and ends against the antero-superior rim', () => {
    const cam = rangeOfMotion({ alphaAngleDeg: 70 });
    expect(cam.fadir.internalRotationDeg).toBeLessThan(typical.fadir.internalRotationDeg - 10);
    expect(cam.fadir.contact).not.toBeNull();
    expect(anteroSuperior(cam.fadir.contact?.clockHour)).toBe(true);
    expect(cam.fadir.clearanceMm).toBeLessThan(0);
  });
  it('FADIR: a tighter posterior capsule turns in less', () => {
    expect(rangeOfMotion({ posteriorCapsuleTightness: 3 }).fadir.internalRotationDeg).toBeLessThan(
      typical.fadir.internalRotationDeg - 5,
    );
  });
  it('abduction is within 10° of the clinical ~45° (the model capsule lets it go further, docs/model.md)', () => {
    expect(typical.abductionDeg).toBeGreaterThan(35);
    expect(typical.abductionDeg).toBeLessThan(55);
  });
  it('seatedInternalRotationDeg round-trips within 1°', () => {
    for (const target of [12, 20, 28, 32]) {
      const rom = rangeOfMotion({ seatedInternalRotationDeg: target });
      expect(Math.abs(rom.internalRotationAt90Deg - target)).toBeLessThan(1);
    }
  });
});
