import { describe, expect, it } from 'vitest';
import { solveHip } from '../model';
import { steady } from './steady';

describe('steady', () => {
  it('rounds every number to a millionth, deep inside objects and arrays', () => {
    expect(steady({ a: 1.0000004, b: [2.9999996, { c: -0.1234567 }], d: 'x', e: null })).toEqual({
      a: 1,
      b: [3, { c: -0.123457 }],
      d: 'x',
      e: null,
    });
  });

  it('makes two answers that differ in the last bit equal', () => {
    const x = 45.75286775757756;
    const y = 45.752867757577555; // one ulp away: what the browser computed for the server's x
    expect(x).not.toBe(y);
    expect(steady(x)).toBe(steady(y));
  });

  it('keeps the model’s answer within a millionth and its shape whole', () => {
    const hip = solveHip({ squatDepth: 0.8 });
    const s = steady(hip);
    expect(Object.keys(s)).toEqual(Object.keys(hip));
    expect(Math.abs(s.hipFlexionDeg - hip.hipFlexionDeg)).toBeLessThanOrEqual(5e-7);
    expect(s.contact === null).toBe(hip.contact === null);
  });

  it('writes a zero as 0, never -0 (JSON, which carries island props, has no -0)', () => {
    expect(Object.is(steady(-0), 0)).toBe(true);
    expect(Object.is(steady(-1e-9), 0)).toBe(true);
  });

  it('leaves infinities and NaN as they are', () => {
    expect(steady([Infinity, -Infinity])).toEqual([Infinity, -Infinity]);
    expect(Number.isNaN(steady(NaN))).toBe(true);
  });
});
