import { describe, expect, it } from 'vitest';
import { LOOSE_BELOW, TIGHT_FROM, isTightCapsule, tightnessKind } from './tightness';

describe('tightness words', () => {
  it('calls the typical model hip typical, and a clearly tighter one tight', () => {
    expect(tightnessKind(1)).toBe('typical');
    expect(tightnessKind(2)).toBe('tight');
    expect(tightnessKind(0.7)).toBe('loose');
  });
  it('puts each threshold on the typical side', () => {
    expect(tightnessKind(TIGHT_FROM)).toBe('typical');
    expect(tightnessKind(LOOSE_BELOW)).toBe('typical');
    expect(isTightCapsule(TIGHT_FROM + 0.01)).toBe(true);
  });
});
