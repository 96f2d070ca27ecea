import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, SCHEMES, contrastRatio, paletteCss, type Palette } from './palette';

const best = (p: Palette, fg: (keyof Palette)[], bg: keyof Palette) =>
  Math.max(...fg.map((t) => contrastRatio(p[t], p[bg])));

describe.each(SCHEMES)('the %s palette', (scheme) => {
  const p = PALETTES[scheme];
  it.each([
    ['text', 'labelBg'],
    ['textMuted', 'labelBg'],
    ['text', 'bg'],
    ['textMuted', 'bg'],
    ['onAccent', 'accent'],
  ] as const)('text %s on %s reads at 4.5:1', (fg, bg) => {
    expect(contrastRatio(p[fg], p[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['bone (fill or outline)', ['bone', 'boneLine'], 'bg'],
    ['the hip bone (fill or outline)', ['pelvis', 'boneLine'], 'bg'],
    ['the labrum', ['labrum'], 'bg'],
    ['the labrum against the bony rim', ['labrum'], 'bone'],
    ['extra bone (cam, pincer) against bone', ['extraBone'], 'bone'],
    ['the contact marker', ['accent'], 'bg'],
    ['the contact marker on bone (with its ring)', ['accent', 'markerLine'], 'bone'],
    ['the closest-spot marker', ['near'], 'bg'],
    ['the closest-spot marker on bone (with its ring)', ['near', 'markerLine'], 'bone'],
    ['the glide arrow and ghost', ['glide'], 'bg'],
    ['the outline of the capsule bands', ['capsuleLine'], 'bg'],
    ['leader lines', ['leader'], 'bg'],
    ['the body figure, far side', ['limb'], 'bg'],
    ['the body figure, near side', ['nearLimb'], 'bg'],
  ] as const)('graphics: %s read at 3:1', (_, fg, bg) => {
    expect(best(p, [...fg], bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('palette.css', () => {
  it('is generated from the palettes (run `npx node scripts/palette-css.ts` after a change)', () => {
    const file = readFileSync(new URL('./palette.css', import.meta.url), 'utf8');
    expect(file).toBe(paletteCss());
  });
});
