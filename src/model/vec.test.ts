import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hipAngles, hipMatrix, matVec, softMin } from './vec.ts';

describe('ISB hip angles', () => {
  it('pure flexion moves the knee point anteriorly and up (pelvis frame)', () => {
    const knee: [number, number, number] = [0, -420, 0];
    const flexed = matVec(hipMatrix(30, 0, 0), knee);
    expect(flexed[0]).toBeGreaterThan(0);
    expect(flexed[1]).toBeGreaterThan(knee[1]);
    expect(Math.abs(flexed[2])).toBeLessThan(1e-9);
  });
  it('adduction moves the knee medially (−Z for a right hip); IR turns the front medially', () => {
    expect(matVec(hipMatrix(0, 10, 0), [0, -420, 0])[2]).toBeLessThan(0);
    expect(matVec(hipMatrix(0, 0, 10), [1, 0, 0])[2]).toBeLessThan(0);
  });
  it('hipAngles inverts hipMatrix', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 150, noNaN: true }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        (f, a, r) => {
          const back = hipAngles(hipMatrix(f, a, r));
          expect(back.flexionDeg).toBeCloseTo(f, 6);
          expect(back.adductionDeg).toBeCloseTo(a, 6);
          expect(back.internalRotationDeg).toBeCloseTo(r, 6);
        },
      ),
    );
  });
  it('softMin is continuous and never above min', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (a, b) => {
          expect(softMin(a, b, 3)).toBeLessThanOrEqual(Math.min(a, b) + 1e-12);
          expect(Math.abs(softMin(a + 1e-6, b, 3) - softMin(a, b, 3))).toBeLessThan(1e-5);
        },
      ),
    );
  });
});
