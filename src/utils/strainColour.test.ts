import { describe, expect, it } from 'vitest';
import { cividis, strainColour } from './strainColour';

const rgb = (s: string) => s.match(/\d+/g)!.map(Number);
const luminance = (s: string) => {
  const [r, g, b] = rgb(s);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('strain colours', () => {
  it('runs from cividis dark blue to cividis yellow', () => {
    expect(rgb(cividis(0))).toEqual([0, 32, 81]);
    const [r, g, b] = rgb(cividis(1));
    expect(r).toBeGreaterThan(250);
    expect(g).toBeGreaterThan(225);
    expect(b).toBeLessThan(80);
  });
  it('gets steadily lighter as a fibre stretches, so it reads without colour vision', () => {
    let last = -1;
    for (let s = 0; s <= 0.12; s += 0.01) {
      const l = luminance(strainColour(s));
      expect(l).toBeGreaterThan(last);
      last = l;
    }
  });
});
