import { describe, expect, it } from 'vitest';
import { solveHip } from '../model';
import {
  COMPARE_NAMES,
  COMPARE_PAIRS,
  compareStates,
  differenceSentence,
  readCompare,
  typicalOf,
} from './compare';
import { modelInput } from './modelInput';

const solve = (name: (typeof COMPARE_NAMES)[number], depth: number, ir: number | null = null) => {
  const shared = { ...COMPARE_PAIRS[name].start, depth, seatedIrDeg: ir };
  const [a, b] = compareStates(name, shared);
  return { a: solveHip(modelInput(a)), b: solveHip(modelInput(b)), shared };
};

describe('compare pairs', () => {
  it('reads a known pair, and flags an unknown or hostile one without throwing', () => {
    expect(readCompare('?compare=typical-vs-cam')).toEqual({
      pair: 'typical-vs-cam',
      unknown: false,
    });
    expect(readCompare('?depth=1')).toEqual({ pair: null, unknown: false });
    for (const bad of [
      '__proto__',
      'constructor',
      '<b>x</b>',
      'typical-vs-cam ',
      '',
      'x'.repeat(5000),
    ])
      expect(readCompare(new URLSearchParams({ compare: bad }))).toEqual({
        pair: null,
        unknown: true,
      });
  });

  it('changes only the one thing the pair is about', () => {
    const shared = { ...COMPARE_PAIRS['typical-vs-tight'].start, depth: 0.9, footTurnOutDeg: 25 };
    for (const name of COMPARE_NAMES) {
      const [a, b] = compareStates(name, shared);
      expect(a).toEqual(typicalOf(shared));
      for (const key of ['depth', 'footTurnOutDeg', 'view', 'camera', 'compensate'] as const)
        expect(b[key], `${name} ${key}`).toEqual(a[key]);
    }
  });

  it('says the tight hip has less inward roll at full depth, with the number the model gives', () => {
    const { a, b } = solve('typical-vs-tight', 1);
    const less =
      Math.round(a.internalRotationAvailableDeg) - Math.round(b.internalRotationAvailableDeg);
    expect(less).toBeGreaterThan(0);
    expect(differenceSentence('typical-vs-tight', a, b)).toContain(
      `the tight hip has ${less}° less inward roll left`,
    );
  });

  it('says when there is no difference (standing, or no measurement entered)', () => {
    const standing = solve('typical-vs-yours', 0.5, null);
    expect(differenceSentence('typical-vs-yours', standing.a, standing.b)).toMatch(/do not differ/);
  });

  it('says which neck meets the rim, from the model', () => {
    for (const name of COMPARE_NAMES) {
      const { a, b } = solve(name, 1, 5);
      const text = differenceSentence(name, a, b);
      if (b.contact && !a.contact) expect(text).toMatch(/Its neck meets the rim/);
      if (!a.contact && !b.contact) expect(text).not.toMatch(/meets the rim/);
      expect(text).not.toMatch(/[-−]\s?\d/);
    }
  });
});
