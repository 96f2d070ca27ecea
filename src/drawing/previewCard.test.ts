import { describe, expect, it } from 'vitest';
import { buildHipGeometry, solveHip } from '../model';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS } from '../state/presets';
import { CARD_HEIGHT, CARD_WIDTH, previewCardSvg, wrap } from './previewCard';

describe('link-preview card', () => {
  const state = PRESETS['deep-tight'].state;
  const hip = solveHip(modelInput(state));
  const svg = previewCardSvg({
    title: 'A <tight> & "deep" hip',
    geometry: buildHipGeometry(hipParameters(state)),
    hip,
    depth: state.depth,
    view: state.view,
  });

  it('is a 1200×630 drawing with the model’s own numbers', () => {
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).toContain(`hip bent ${Math.round(hip.hipFlexionDeg)}°`);
    expect(svg).toContain('A model hip, not yours');
  });
  it('escapes the title', () => {
    expect(svg).toContain('A &lt;tight&gt; &amp; &quot;deep&quot;');
    expect(svg).not.toContain('<tight>');
  });
  it('wraps long titles by words', () => {
    expect(wrap('Deep squat, tight back of the capsule', 20)).toEqual([
      'Deep squat, tight',
      'back of the capsule',
    ]);
  });
});
