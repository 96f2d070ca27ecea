import { describe, expect, it } from 'vitest';
import { buildHipGeometry } from '../model';
import { viewBasis } from './project';
import { GLIDE_SCALE, glideLens, glideWords } from './glideLens';

const acetabulum = buildHipGeometry().acetabulum;
const side = viewBasis({ azimuthDeg: 0, elevationDeg: 0 });

describe('the glide key', () => {
  it('states the true millimetres and the magnification in one wording', () => {
    expect(glideWords({ anterior: 0, superior: 0.4, lateral: 0 })).toBe(
      `Ball glides 0.4 mm up (drawn ${GLIDE_SCALE}× larger)`,
    );
    expect(glideWords({ anterior: 0.05, superior: 0.05, lateral: 0 })).toMatch(/^Ball centred/);
  });

  it('moves the drawn ball the way the model’s ball moves, magnified', () => {
    const lens = glideLens(
      { headTranslationMm: { anterior: 0, superior: 0.5, lateral: 0 } },
      acetabulum,
      side,
    );
    // Seen from the side, "up" is up on screen (negative y).
    const [, x, y] = /^M(-?[\d.]+) (-?[\d.]+)/.exec(lens.ball)!.map(Number) as [
      number,
      number,
      number,
    ];
    const r = 30;
    expect(x + r).toBeCloseTo(0, 0);
    expect(y).toBeLessThan(-5);
    expect(lens.arrow).not.toBe('');
  });

  it('draws no arrow for a ball that stays centred', () => {
    const lens = glideLens(
      { headTranslationMm: { anterior: 0, superior: 0, lateral: 0 } },
      acetabulum,
      side,
    );
    expect(lens.arrow).toBe('');
  });
});
