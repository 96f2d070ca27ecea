import { describe, expect, it } from 'vitest';
import { rangeOfMotion } from '../model';
import { TIGHT_CAPSULE } from './figureState';
import { LOOSE_BELOW, TIGHT_FROM, isTightCapsule, tightnessKind } from './tightness';

describe('tightness words', () => {
  it('calls the typical model hip typical, and a clearly tighter one tight', () => {
    expect(tightnessKind(1)).toBe('typical');
    expect(tightnessKind(TIGHT_CAPSULE)).toBe('tight');
    expect(tightnessKind(0.7)).toBe('loose');
  });
  it('puts each threshold on the typical side', () => {
    expect(tightnessKind(TIGHT_FROM)).toBe('typical');
    expect(tightnessKind(LOOSE_BELOW)).toBe('typical');
    expect(isTightCapsule(TIGHT_FROM + 0.01)).toBe(true);
  });
  it('never calls tight a capsule that leaves the model’s seated inward turn as a typical hip’s', () => {
    const typical = rangeOfMotion({ posteriorCapsuleTightness: 1 }).internalRotationAt90Deg;
    for (let t = 1; t <= TIGHT_FROM; t += 0.25) {
      const seated = rangeOfMotion({ posteriorCapsuleTightness: t }).internalRotationAt90Deg;
      if (seated > typical - 0.5) expect(isTightCapsule(t), `t = ${t}`).toBe(false);
    }
    // …and calls tight the capsule of a seated inward turn Agricola 2013 call decreased (≤ 20°).
    expect(
      rangeOfMotion({ posteriorCapsuleTightness: TIGHT_CAPSULE }).internalRotationAt90Deg,
    ).toBeLessThanOrEqual(20);
  });
});
