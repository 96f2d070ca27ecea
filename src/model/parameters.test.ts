import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, PARAMETER_RANGES, resolveParameters } from './parameters.ts';
import { rangeOfMotion, solveHip } from './index.ts';

describe('bad input', () => {
  it('clamps out-of-range numbers and replaces NaN and wrong types with defaults, with warnings', () => {
    const { params, warnings } = resolveParameters({
      alphaAngleDeg: 500,
      headDiameterMm: Number.NaN,
      lateralCenterEdgeDeg: '30' as unknown as number,
      footTurnOutDeg: -Infinity,
      bogus: 1,
    });
    expect(params.alphaAngleDeg).toBe(PARAMETER_RANGES.alphaAngleDeg.max);
    expect(params.headDiameterMm).toBe(DEFAULT_PARAMETERS.headDiameterMm);
    expect(params.lateralCenterEdgeDeg).toBe(DEFAULT_PARAMETERS.lateralCenterEdgeDeg);
    expect(params.footTurnOutDeg).toBe(PARAMETER_RANGES.footTurnOutDeg.min);
    expect(warnings.length).toBe(5);
  });
  it('solveHip never throws and reports what it changed', () => {
    const odd = [
      { squatDepth: Number.NaN },
      { squatDepth: 7 },
      { squatDepth: -1, compensate: 'yes' as unknown as boolean },
      { squatDepth: 0.5, params: 'nope' as unknown as object },
      null as unknown as { squatDepth: number },
    ];
    for (const input of odd) {
      const s = solveHip(input);
      expect(Number.isFinite(s.clearanceMm)).toBe(true);
      expect(s.squatDepth).toBeGreaterThanOrEqual(0);
      expect(s.squatDepth).toBeLessThanOrEqual(1);
      expect(s.warnings.length).toBeGreaterThan(0);
    }
    expect(() => rangeOfMotion({ alphaAngleDeg: Number.NaN })).not.toThrow();
  });
});
