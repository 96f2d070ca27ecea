import { describe, expect, it } from 'vitest';
import {
  compensationNumbers,
  compensationSentence,
  roomText,
} from '../../src/utils/compensationNumbers';

describe('the compensation numbers quoted in the articles', () => {
  it('come from the model as whole degrees and tenths of a millimetre', () => {
    const numbers = compensationNumbers();
    for (const [name, n] of Object.entries(numbers)) {
      expect(Number.isInteger(n.deg), `${name} degrees`).toBe(true);
      expect(n.deg, `${name} degrees`).toBeGreaterThanOrEqual(0);
      expect(Math.round(n.roomMm * 10) / 10, `${name} mm`).toBe(n.roomMm);
    }
  });

  it('say which way the room changes', () => {
    expect(roomText(2.5)).toBe('adds 2.5 mm of room');
    expect(roomText(-0.5)).toBe('takes away 0.5 mm of room');
    expect(roomText(0.01)).toBe('makes no measurable difference to the room');
  });

  it('read as one plain sentence with units', () => {
    expect(compensationSentence('the pelvis tucks under', { deg: 26, roomMm: 2.5 })).toBe(
      'In the model hip in the figure below, the pelvis tucks under by 26°, which adds 2.5 mm of room between the neck and the rim.',
    );
    expect(compensationSentence('the knees flare out', { deg: 0, roomMm: 0 })).toMatch(
      /less than 1°/,
    );
  });
});
