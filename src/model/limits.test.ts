import { describe, expect, it } from 'vitest';
import { contextFor } from './geometry.ts';
import {
  END_RANGE_MOMENT_NMM,
  endOfRangeLoads,
  internalRotationStop,
  irMotion,
  labrumStiffnessNPerMm,
} from './limits.ts';
import { resolveParameters } from './parameters.ts';
import type { Vec3 } from './vec.ts';

const origin: Vec3 = [0, 0, 0];
const ctxFor = (p: object) => contextFor(resolveParameters(p).params);
const seatedStop = (p: object) => {
  const ctx = ctxFor(p);
  const ir = internalRotationStop(
    ctx,
    90,
    0,
    { headCentreMm: origin, clearanceStopMm: 0, fine: true },
    0,
    90,
  );
  const m = irMotion(90, 0);
  const R = m.pose(ir);
  return { ir, loads: endOfRangeLoads(ctx, R, origin, m.axis(R)), ctx };
};

describe('one end-of-range rule', () => {
  it('uses the 2.5 N·m cadaver test torque', () => {
    expect(END_RANGE_MOMENT_NMM).toBe(2500);
  });
  it('the labrum is a compliant stop of about ten newtons per millimetre (hoop estimate)', () => {
    const k = labrumStiffnessNPerMm(ctxFor({}));
    expect(k).toBeGreaterThan(5);
    expect(k).toBeLessThan(20);
    expect(labrumStiffnessNPerMm(ctxFor({ labrumWidthMm: 0 }))).toBe(0);
  });
  it('at the end of seated IR the labrum is indented by at most its width and bone does not overlap', () => {
    for (const p of [{}, { alphaAngleDeg: 70 }, { lateralCenterEdgeDeg: 40 }]) {
      const { loads, ctx } = seatedStop(p);
      expect(loads.labrumIndentationMm).toBeGreaterThanOrEqual(0);
      expect(loads.labrumIndentationMm).toBeLessThanOrEqual(ctx.acetabulum.labrumWidthMm);
      expect(loads.boneClearanceMm).toBeGreaterThan(-0.05);
      // Either bone stops it or the resisting moment has reached the test torque.
      const atTorque = loads.capsuleNmm + loads.labrumNmm >= END_RANGE_MOMENT_NMM - 50;
      expect(atTorque || loads.boneClearanceMm < 0.05).toBe(true);
    }
  });
  it('a labrum can only shorten the range (it adds resistance, never removes it)', () => {
    expect(seatedStop({}).ir).toBeLessThanOrEqual(seatedStop({ labrumWidthMm: 0 }).ir + 1e-6);
  });
});
