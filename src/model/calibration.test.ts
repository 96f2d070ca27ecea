import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_TARGETS_DEG,
  CALIBRATION_WEIGHTS,
  MIN_SLACK,
  calibrationRotations,
} from './calibration.ts';
import { CAPSULE_REGIONS, CAPSULE_SLACK } from './capsule.ts';
import { buildContext } from './geometry.ts';
import { resolveParameters } from './parameters.ts';

const params = resolveParameters({}).params;
const targets = CALIBRATION_TARGETS_DEG;
type Key = keyof typeof targets;
const keys = Object.keys(targets) as Key[];

describe('capsule calibration', () => {
  const r = calibrationRotations(buildContext(params));
  it('no region is pre-tensioned: every slack is at least zero', () => {
    for (const g of CAPSULE_REGIONS) expect(CAPSULE_SLACK[g]).toBeGreaterThanOrEqual(MIN_SLACK);
  });
  it('seated IR and prone ER are met within 2°; every miss allows more motion than measured, never less', () => {
    console.table(
      keys.map((k) => ({ target: k, measured: targets[k], model: Number(r[k].toFixed(1)) })),
    );
    expect(Math.abs(r.internalRotationAt90 - targets.internalRotationAt90)).toBeLessThan(2);
    expect(Math.abs(r.externalRotationAt0 - targets.externalRotationAt0)).toBeLessThan(2);
    // With sourced stiffness, a 2.5 N·m end torque and no pre-tension the model capsule is too
    // weak to stop seated ER and abduction where people stop (docs/model.md, calibration).
    for (const k of keys) expect(r[k]).toBeGreaterThan(targets[k] - 2);
  });
  it('the stored slack is a local optimum of the calibration (no ±0.005 step improves it)', () => {
    const weights = CALIBRATION_WEIGHTS;
    const error = (s: typeof CAPSULE_SLACK) => {
      const q = calibrationRotations(buildContext(params, { ...s }));
      return keys.reduce((e, k) => e + weights[k] * (q[k] - targets[k]) ** 2, 0);
    };
    const base = error(CAPSULE_SLACK);
    for (const g of CAPSULE_REGIONS) {
      for (const d of [0.005, -0.005]) {
        const v = CAPSULE_SLACK[g] + d;
        if (v < MIN_SLACK) continue;
        expect(error({ ...CAPSULE_SLACK, [g]: v })).toBeGreaterThan(base - 0.5);
      }
    }
  });
});
