import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS_DEG, capsuleOnlyRotations } from './calibration.ts';
import { buildContext } from './geometry.ts';
import { resolveParameters } from './parameters.ts';

describe('capsule calibration', () => {
  it('the stored slack constants reproduce the calibration targets', () => {
    const r = capsuleOnlyRotations(buildContext(resolveParameters({}).params));
    expect(
      Math.abs(r.internalRotationAt90 - CALIBRATION_TARGETS_DEG.internalRotationAt90),
    ).toBeLessThan(0.5);
    expect(
      Math.abs(r.internalRotationAt0 - CALIBRATION_TARGETS_DEG.internalRotationAt0),
    ).toBeLessThan(1);
    expect(
      Math.abs(r.externalRotationAt90 - CALIBRATION_TARGETS_DEG.externalRotationAt90),
    ).toBeLessThan(1);
    expect(
      Math.abs(r.externalRotationAt0 - CALIBRATION_TARGETS_DEG.externalRotationAt0),
    ).toBeLessThan(1);
    expect(Math.abs(r.abductionAt0 - CALIBRATION_TARGETS_DEG.abductionAt0)).toBeLessThan(1);
  });
});
