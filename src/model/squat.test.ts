import { describe, expect, it } from 'vitest';
import { resolveParameters } from './parameters.ts';
import {
  KNEE_AXIS_FOOT_WEIGHT,
  internalRotationRequiredFor,
  squatPosture,
  thighElevationDeg,
} from './squat.ts';

const p = resolveParameters({}).params;

describe('squat posture', () => {
  it('depth maps to thigh elevation: 0 standing, 90° at parallel, 118° at full depth', () => {
    expect(thighElevationDeg(0)).toBe(0);
    expect(thighElevationDeg(0.5)).toBeCloseTo(90, 6);
    expect(thighElevationDeg(1)).toBeCloseTo(118, 6);
  });

  it('the IR a full squat requires depends on the knee-axis assumption (a band, not one number)', () => {
    const hinge = internalRotationRequiredFor(p, 1, 0, 0.2);
    const model = internalRotationRequiredFor(p, 1, 0, KNEE_AXIS_FOOT_WEIGHT);
    const foot = internalRotationRequiredFor(p, 1, 0, Infinity);
    expect(Math.min(hinge, foot)).toBeLessThanOrEqual(model);
    expect(Math.max(hinge, foot)).toBeGreaterThanOrEqual(model);
    expect(Math.abs(hinge - foot)).toBeGreaterThan(10);
    // Pelvic tilt changes only the flexion angle, never the rotation.
    const q = { depth: 1, kneeFlareDeg: 0, lumbarExtensionDeg: 0 };
    const a = squatPosture(p, { ...q, buttWinkDeg: 0 }).hip.internalRotationDeg;
    const b = squatPosture(p, { ...q, buttWinkDeg: 20 }).hip.internalRotationDeg;
    expect(b).toBeCloseTo(a, 9);
    expect(a).toBeCloseTo(model, 9);
  });

  it('the centre of mass stays over the foot at every depth', () => {
    for (let d = 0; d <= 1; d += 0.05) {
      const s = squatPosture(p, {
        depth: d,
        kneeFlareDeg: 0,
        buttWinkDeg: 0,
        lumbarExtensionDeg: 0,
      });
      expect(Math.abs(s.balanceErrorMm)).toBeLessThan(1);
    }
  });
});
