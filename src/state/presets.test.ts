import { describe, expect, it } from 'vitest';
import { solveHip } from '../model';
import { modelInput } from './modelInput';
import { PRESETS } from './presets';

// Each preset's words describe what the model shows for that state; these checks keep the
// words honest when the model changes.
describe('preset descriptions agree with the model', () => {
  const hip = (name: keyof typeof PRESETS) => solveHip(modelInput(PRESETS[name].state));

  it('a contact is claimed exactly where the model has one', () => {
    for (const [name, preset] of Object.entries(PRESETS)) {
      const claimsContact = /meets the rim|reaches the rim/.test(preset.description);
      const h = hip(name as keyof typeof PRESETS);
      if (claimsContact) expect(h.contact, name).not.toBeNull();
      if (/stays (just )?clear/.test(preset.description))
        expect(h.clearanceMm, name).toBeGreaterThan(0);
    }
  });

  it('the compensations named are the ones the model makes', () => {
    expect(hip('butt-wink').compensations.buttWinkDeg).toBeGreaterThan(10);
    expect(hip('deep').compensations.buttWinkDeg).toBeGreaterThan(10);
    expect(hip('knee-flare').compensations.kneeFlareDeg).toBeGreaterThan(5);
    expect(hip('back-arch').compensations.lumbarExtensionDeg).toBeGreaterThan(2);
  });

  it('standing is centred and clear', () => {
    const h = hip('standing');
    expect(h.contact).toBeNull();
    expect(Math.hypot(h.headTranslationMm.anterior, h.headTranslationMm.superior)).toBeLessThan(
      0.2,
    );
  });
});
