import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  amountWords,
  clearanceWords,
  differenceWords,
  pelvisWords,
  rotationHasWords,
  rotationMarginWords,
  rotationNeedsWords,
} from './numberWords';

const MINUS = /[-−]\s?\d/;

describe('numbers in words at the edges', () => {
  it('says "no inward roll left" instead of a negative number', () => {
    expect(rotationHasWords(-9)).toBe('no inward roll left');
    expect(rotationHasWords(0.3)).toBe('no inward roll left');
    expect(rotationHasWords(20.4)).toBe('20° left');
  });

  it('says "needs none yet" when the squat asks for no inward roll (standing asks for outward roll)', () => {
    expect(rotationNeedsWords(-15)).toBe('needs none yet');
    expect(rotationNeedsWords(0)).toBe('needs none yet');
    expect(rotationNeedsWords(14.6)).toBe('needs 15°');
  });

  it('says how much room is spare or short', () => {
    expect(rotationMarginWords(20, 15)).toBe('5° to spare');
    expect(rotationMarginWords(-9, 15)).toBe('24° short');
    expect(rotationMarginWords(10, -15)).toBe('10° to spare');
    expect(rotationMarginWords(15.2, 14.8)).toBe('just enough');
  });

  it('says "pressed together by 1.7 mm" for an overlap', () => {
    expect(clearanceWords(-1.7)).toBe('pressed together by 1.7 mm');
    expect(clearanceWords(0.01)).toBe('just touching');
    expect(clearanceWords(3.24)).toBe('3.2 mm apart');
  });

  it('names the pelvis one way: its tilt from standing', () => {
    expect(pelvisWords(20.4)).toBe('tucked under 20°');
    expect(pelvisWords(-8)).toBe('tipped forward 8°');
    expect(pelvisWords(0.4)).toBe('as in standing');
  });

  it('says "none" for a compensation below a whole degree', () => {
    expect(amountWords(0.2)).toBe('none');
    expect(amountWords(-3)).toBe('none');
    expect(amountWords(12.5)).toBe('13°');
  });

  it('says a difference from the first hip’s side, or null when there is none', () => {
    expect(differenceWords(9, 15, '°')).toBe('6° less');
    expect(differenceWords(2.4, 1.2, ' mm')).toBe('1.2 mm more');
    expect(differenceWords(15.2, 14.9, '°')).toBeNull();
  });

  it('never writes a minus sign before a number, whatever the model returns', () => {
    const n = fc.double({ min: -200, max: 200, noNaN: true });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const all = [
          rotationHasWords(a),
          rotationNeedsWords(a),
          rotationMarginWords(a, b),
          clearanceWords(a / 10),
          pelvisWords(a),
          amountWords(a),
          differenceWords(a, b, '°') ?? '',
          differenceWords(a / 10, b / 10, ' mm') ?? '',
        ];
        for (const text of all) expect(text).not.toMatch(MINUS);
      }),
    );
  });
});
