import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, rangeOfMotion, solveHip } from '../model';
import { rimPlace } from '../utils/modelSentences';
import { DEFAULT_STATE, TIGHT_CAPSULE } from './figureState';
import { modelInput } from './modelInput';
import { PRESETS } from './presets';

// Each preset's words describe what the model shows for that state; these checks keep the
// words honest when the model changes.
describe('preset descriptions agree with the model', () => {
  const hip = (name: keyof typeof PRESETS) => solveHip(modelInput(PRESETS[name].state));
  const adapting = (name: keyof typeof PRESETS) =>
    solveHip(modelInput({ ...PRESETS[name].state, compensate: true }));

  it('a contact is claimed exactly where the model has one', () => {
    for (const [name, preset] of Object.entries(PRESETS)) {
      const claimsContact = /meets the rim|reaches the rim|presses .*into the labrum/.test(
        preset.description,
      );
      const h = hip(name as keyof typeof PRESETS);
      if (claimsContact) expect(h.contact, name).not.toBeNull();
      if (/stays (just )?clear/.test(preset.description))
        expect(h.clearanceMm, name).toBeGreaterThan(0);
    }
  });

  it('the typical deep squat comes close to the labrum but stays just clear', () => {
    const h = hip('deep');
    expect(h.contact).toBeNull();
    expect(h.labrumIndentationMm).toBe(0);
    expect(h.clearanceMm).toBeGreaterThan(0);
    // "close": within a millimetre of the labrum, and bone well away.
    expect(h.clearanceMm).toBeLessThan(1);
    expect(h.boneClearanceMm).toBeGreaterThan(DEFAULT_PARAMETERS.labrumWidthMm / 2);
  });

  it('the tight hip meets the rim near the top, pressing the labrum lightly, where a typical hip does not touch it', () => {
    const tight = hip('deep-tight');
    expect(tight.contact).not.toBeNull();
    expect(rimPlace(tight.contact!.clockHour)).toBe('near the top of the rim');
    expect(tight.labrumIndentationMm).toBeGreaterThan(0);
    expect(tight.labrumIndentationMm).toBeLessThan(DEFAULT_PARAMETERS.labrumWidthMm / 2);
    // The typical hip in the same (textbook) posture stays clear, as in the deep preset.
    expect(hip('deep').contact).toBeNull();
    const typicalHeld = solveHip(
      modelInput({
        ...PRESETS['deep-tight'].state,
        capsuleTightness: DEFAULT_STATE.capsuleTightness,
      }),
    );
    expect(typicalHeld.contact).toBeNull();
  });

  it('the compensations named are the ones the model makes', () => {
    expect(hip('butt-wink').compensations.buttWinkDeg).toBeGreaterThan(5);
    expect(hip('knee-flare').compensations.kneeFlareDeg).toBeGreaterThan(2);
    expect(hip('back-arch').compensations.lumbarExtensionDeg).toBeGreaterThan(2);
  });

  it('butt wink: a typical hip and a tight one do not need to tuck under (their words say so)', () => {
    expect(PRESETS['butt-wink'].description).toMatch(/typical hip, or one with a tight back/);
    expect(Math.round(adapting('deep').compensations.buttWinkDeg)).toBeLessThan(1);
    expect(Math.round(adapting('deep-tight').compensations.buttWinkDeg)).toBeLessThan(1);
  });

  it('standing is centred and clear', () => {
    const h = hip('standing');
    expect(h.contact).toBeNull();
    expect(Math.hypot(h.headTranslationMm.anterior, h.headTranslationMm.superior)).toBeLessThan(
      0.2,
    );
  });
});

describe('the tight back of the capsule', () => {
  it('is the tightness the model gives a seated inward turn of 20°, rounded', () => {
    const solved = rangeOfMotion({ seatedInternalRotationDeg: 20 }).posteriorCapsuleTightness;
    expect(Math.round(solved)).toBe(TIGHT_CAPSULE);
  });

  it('leaves a seated inward turn that Agricola et al. call decreased (20° or less)', () => {
    const typical = rangeOfMotion().internalRotationAt90Deg;
    const tight = rangeOfMotion({ posteriorCapsuleTightness: TIGHT_CAPSULE });
    expect(tight.internalRotationAt90Deg).toBeLessThanOrEqual(20);
    expect(tight.internalRotationAt90Deg).toBeLessThan(typical);
  });
});
