import { describe, expect, it } from 'vitest';
import { resolveParameters } from './parameters.ts';
import {
  FULL_SQUAT_THIGH_ELEVATION_DEG,
  KNEE_AXIS_FOOT_WEIGHT,
  POSTERIOR_TILT_AT_FULL_DEPTH_DEG,
  internalRotationRequiredFor,
  squatPosture,
  thighElevationDeg,
} from './squat.ts';

const p = resolveParameters({}).params;

describe('squat posture', () => {
  it('depth maps to thigh elevation: 0 standing, 90° at parallel, E₁ at full depth', () => {
    expect(thighElevationDeg(0)).toBe(0);
    expect(thighElevationDeg(0.5)).toBeCloseTo(90, 6);
    expect(thighElevationDeg(1)).toBeCloseTo(FULL_SQUAT_THIGH_ELEVATION_DEG, 6);
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

  it('full depth matches published deep squats: knee ~149°, hip ~95–105°, pelvis tilted back, trunk forward', () => {
    const s = squatPosture(p, { depth: 1, kneeFlareDeg: 0, buttWinkDeg: 0, lumbarExtensionDeg: 0 });
    // Knee flexion: 149° in crouching (Hyodo et al. 2017), the input that defines full depth.
    expect(s.kneeFlexionDeg).toBeGreaterThan(148.5);
    expect(s.kneeFlexionDeg).toBeLessThan(149.5);
    // Pelvis tilted back by Hara et al.'s 10.8° whatever the thorax does.
    expect(s.pelvicTiltDeg).toBeCloseTo(POSTERIOR_TILT_AT_FULL_DEPTH_DEG, 6);
    // Hip flexion follows (thigh minus pelvis): inside the published 95 ± 27° (Hemmerich
    // 2006), near 102° (Hara 2014), 99.7° (Ganokroj 2021), 101° (Hyodo 2017); v2 said 120°.
    expect(s.hip.flexionDeg).toBeGreaterThan(95);
    expect(s.hip.flexionDeg).toBeLessThan(110);
    // The thorax leans forward to keep balance (v2: 4°), and the lumbar spine is flexed.
    expect(s.trunkLeanDeg).toBeGreaterThan(15);
    expect(s.trunkLeanDeg + s.pelvicTiltDeg).toBeGreaterThan(20);
    expect(Math.abs(s.balanceErrorMm)).toBeLessThan(1);
  });

  it('the pelvis tips forward on the way down and back at the bottom, as far as Hara et al. measured', () => {
    const tilt = (depth: number) =>
      squatPosture(p, { depth, kneeFlareDeg: 0, buttWinkDeg: 0, lumbarExtensionDeg: 0 })
        .pelvicTiltDeg;
    const tilts = Array.from({ length: 201 }, (_, i) => tilt(i / 200));
    // Largest forward tilt 10.7°, largest backward tilt 10.8° (Hara et al. 2014).
    expect(Math.min(...tilts)).toBeCloseTo(-10.7, 1);
    expect(Math.max(...tilts)).toBeCloseTo(10.8, 1);
    expect(tilt(0.25)).toBeLessThan(-10);
    expect(tilt(0.5)).toBeLessThan(0);
    expect(tilt(1)).toBeGreaterThan(10);
    // Smooth: no jump anywhere in the descent.
    for (let d = 0; d < 1; d += 0.01) expect(Math.abs(tilt(d + 0.01) - tilt(d))).toBeLessThan(2);
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
