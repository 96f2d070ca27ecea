import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DE_LEVA } from '../model/body';
import { PARAMETER_RANGES } from '../model/parameters';
import {
  ANKLE_REACH_CM,
  KNEE_TO_WALL_RANGE_CM,
  SHIN_LENGTH_CM,
  TYPICAL_KNEE_TO_WALL,
  dorsiflexionDegFromKneeToWallCm,
  kneeToWallCmFromDorsiflexionDeg,
  readKneeToWall,
} from './kneeToWall';

const { min, max } = KNEE_TO_WALL_RANGE_CM;
const inRange = fc.double({ min, max, noNaN: true });

describe('knee-to-wall distance → ankle dorsiflexion', () => {
  it('uses the shin of the model’s own body (de Leva 1996)', () => {
    expect(SHIN_LENGTH_CM).toBeCloseTo(DE_LEVA.shank.lengthMm / 10, 6);
  });

  it('gives the angle measured with the typical distance it was fitted to (Hall and Docherty 2017)', () => {
    const h = TYPICAL_KNEE_TO_WALL.hall2017;
    expect(dorsiflexionDegFromKneeToWallCm(h.meanCm)).toBeCloseTo(h.meanDeg, 0);
    expect(ANKLE_REACH_CM).toBeCloseTo(
      SHIN_LENGTH_CM * Math.sin((h.meanDeg * Math.PI) / 180) - h.meanCm,
      1,
    );
  });

  it('agrees with a second study it was not fitted to, within half its spread (Calatayud et al. 2015)', () => {
    const c = TYPICAL_KNEE_TO_WALL.calatayud2015;
    const deg = dorsiflexionDegFromKneeToWallCm(c.meanCm);
    expect(Math.abs(deg - c.meanDeg)).toBeLessThan(c.sdDeg / 2);
  });

  it('is about 1.7° a centimetre near the typical distance, never the 3.6° often quoted', () => {
    const slope = (d: number) =>
      dorsiflexionDegFromKneeToWallCm(d + 0.5) - dorsiflexionDegFromKneeToWallCm(d - 0.5);
    expect(slope(10.3)).toBeCloseTo(1.7, 1);
    for (let d = min + 0.5; d <= max - 0.5; d += 0.5) expect(slope(d)).toBeLessThan(3.6);
    // Across people, a slope is at most SD(angle) / SD(distance): both studies rule out 3.6°.
    for (const s of Object.values(TYPICAL_KNEE_TO_WALL)) {
      expect(s.sdDeg / s.sdCm).toBeLessThan(3.6 / 2);
      expect(slope(s.meanCm)).toBeLessThan((s.sdDeg / s.sdCm) * 1.35);
    }
  });

  it('maps the whole valid range inside the model’s ankle range', () => {
    const ankle = PARAMETER_RANGES.ankleDorsiflexionDeg;
    expect(dorsiflexionDegFromKneeToWallCm(min)).toBeGreaterThanOrEqual(ankle.min);
    expect(dorsiflexionDegFromKneeToWallCm(max)).toBeLessThanOrEqual(ankle.max);
    expect(Math.round(dorsiflexionDegFromKneeToWallCm(min))).toBe(23);
    expect(Math.round(dorsiflexionDegFromKneeToWallCm(max))).toBe(58);
  });

  it('rises with distance and inverts exactly inside the range', () => {
    fc.assert(
      fc.property(inRange, inRange, (a, b) => {
        if (b - a > 1e-6)
          expect(dorsiflexionDegFromKneeToWallCm(a)).toBeLessThan(
            dorsiflexionDegFromKneeToWallCm(b),
          );
        expect(kneeToWallCmFromDorsiflexionDeg(dorsiflexionDegFromKneeToWallCm(a))).toBeCloseTo(
          a,
          9,
        );
      }),
    );
  });

  it('clamps distances outside the range and says so; refuses what is not a number', () => {
    expect(readKneeToWall(-3)).toEqual({ distanceCm: 0, dorsiflexionDeg: 23, clamped: true });
    expect(readKneeToWall(35)).toEqual({ distanceCm: 20, dorsiflexionDeg: 58, clamped: true });
    expect(readKneeToWall(10)).toEqual({ distanceCm: 10, dorsiflexionDeg: 38, clamped: false });
    expect(readKneeToWall(Number.NaN)).toBeNull();
    expect(readKneeToWall(Number.POSITIVE_INFINITY)).toBeNull();
    expect(dorsiflexionDegFromKneeToWallCm(Number.NaN)).toBeNaN();
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (d) => {
        const r = readKneeToWall(d);
        expect(r).not.toBeNull();
        expect(r!.distanceCm).toBeGreaterThanOrEqual(min);
        expect(r!.distanceCm).toBeLessThanOrEqual(max);
        expect(Number.isInteger(r!.dorsiflexionDeg)).toBe(true);
        expect(r!.clamped).toBe(d < min || d > max);
      }),
    );
  });
});
