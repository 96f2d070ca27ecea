import { describe, expect, it } from 'vitest';
import { buildContext } from './geometry.ts';
import { passiveInternalRotationAt90 } from './limits.ts';
import { PARAMETER_RANGES, resolveParameters } from './parameters.ts';
import { solveCapsuleTightness, withSeatedCalibration } from './seated.ts';

const typical = resolveParameters({}).params;
const range = PARAMETER_RANGES.posteriorCapsuleTightness;
/** Seated internal rotation (hip and knee at 90°, deg) the model gives with tightness t. */
const seatedIr = (t: number, p = typical) =>
  passiveInternalRotationAt90(buildContext({ ...p, posteriorCapsuleTightness: t }));

describe('the reader’s own hip from a measured seated internal rotation', () => {
  // Solved once for three readers: markedly reduced, at Agricola et al.'s threshold of
  // decreased IR (≤ 20°), and normal.
  const readers = [12, 20, 28].map((measuredDeg) => ({
    measuredDeg,
    t: solveCapsuleTightness(typical, measuredDeg),
  }));

  it('the solved tightness gives the model back the measured rotation (to 0.01°)', () => {
    for (const { measuredDeg, t } of readers) {
      expect(Math.abs(seatedIr(t) - measuredDeg)).toBeLessThan(0.01);
    }
  });

  it('less seated rotation means a tighter posterior capsule, tighter than typical for all three', () => {
    const [reduced, threshold, normal] = readers.map((r) => r.t);
    expect(reduced).toBeGreaterThan(threshold ?? Infinity);
    expect(threshold).toBeGreaterThan(normal ?? Infinity);
    // The default bones leave a typical capsule (t = 1) 32° of seated IR, so even 28° is tighter.
    expect(normal).toBeGreaterThan(1);
    for (const t of [reduced, threshold, normal]) {
      expect(t).toBeGreaterThanOrEqual(range.min);
      expect(t).toBeLessThanOrEqual(range.max);
    }
  });

  it('where bone stops the rotation first, no capsule can give more: the tightness stays at its lowest', () => {
    // Default bones: seated IR is bone-limited at about 32°, a reader at 34° gets the laxest capsule.
    const boneLimit = seatedIr(range.min);
    expect(boneLimit).toBeGreaterThan(30);
    expect(boneLimit).toBeLessThan(34);
    expect(solveCapsuleTightness(typical, 34)).toBe(range.min);
    // A cam hip (alpha 70°) meets the rim long before the capsule stops it: a normal 25° cannot
    // be reached, and the model does not invent a lax capsule beyond its range to try.
    const cam = resolveParameters({ alphaAngleDeg: 70 }).params;
    expect(seatedIr(range.min, cam)).toBeLessThan(20);
    expect(solveCapsuleTightness(cam, 25)).toBe(range.min);
  });

  it('the measured rotation sets only the tightness: the bones and the tightness slider do not change it', () => {
    const p = resolveParameters({
      seatedInternalRotationDeg: 20,
      posteriorCapsuleTightness: 4,
    }).params;
    const calibrated = withSeatedCalibration(p);
    expect(calibrated.posteriorCapsuleTightness).toBe(readers[1]?.t);
    expect({ ...calibrated, posteriorCapsuleTightness: 4 }).toEqual(p);
    // No measurement given: the parameters pass through untouched.
    expect(withSeatedCalibration(typical)).toBe(typical);
  });
});
