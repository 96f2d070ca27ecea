import { describe, expect, it } from 'vitest';
import { solveHip } from '../model';
import { TOE_STRAIN } from '../model/capsule';
import { modelInput } from '../state/modelInput';
import { PRESETS } from '../state/presets';
import { BAND_NAMES, SAMPLES, capsuleBands, resample, tensionOf } from './capsuleBands';

describe('the capsule’s bands', () => {
  it('resamples a path to equal steps, keeping its ends', () => {
    const pts = resample(
      [
        [0, 0, 0],
        [10, 0, 0],
        [10, 10, 0],
      ],
      5,
    );
    expect(pts).toHaveLength(5);
    expect(pts[0]).toEqual([0, 0, 0]);
    expect(pts[4]).toEqual([10, 10, 0]);
    expect(pts[2]![0]).toBeCloseTo(10);
    expect(pts[2]![1]).toBeCloseTo(0);
  });

  it('names tension from the model’s strain and toe region', () => {
    expect(tensionOf(-0.01)).toBe('slack');
    expect(tensionOf(TOE_STRAIN)).toBe('tightening');
    expect(tensionOf(2 * TOE_STRAIN + 0.001)).toBe('taut');
  });

  it('draws every region of the model with its fibres, crimped only when slack', () => {
    const hip = solveHip(modelInput(PRESETS.standing.state));
    const bands = capsuleBands(hip);
    expect(bands.map((b) => b.region).sort()).toEqual(Object.keys(BAND_NAMES).sort());
    for (const b of bands) {
      expect(b.tension).toBe(tensionOf(hip.capsule[b.region].strain));
      b.fibres.forEach((f, i) => {
        expect(f.points).toHaveLength(SAMPLES);
        const model = hip.capsule[b.region].fibres[i]!;
        // The ends are the model's attachments, crimped or not.
        const last = model.pathMm[model.pathMm.length - 1]!;
        f.points[0]!.forEach((v, k) => expect(v).toBeCloseTo(model.pathMm[0]![k]!, 6));
        f.points[SAMPLES - 1]!.forEach((v, k) => expect(v).toBeCloseTo(last[k]!, 6));
        const straight = resample(model.pathMm, SAMPLES);
        const off = Math.max(
          ...f.points.map((p, j) => Math.hypot(...p.map((v, k) => v - straight[j]![k]!))),
        );
        if (model.strain >= 0) expect(off).toBe(0);
        else expect(off).toBeGreaterThan(0);
      });
    }
  });
});
