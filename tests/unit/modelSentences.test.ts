/**
 * Every sentence the articles say about what the model shows for the rotation along the
 * squat and for the squat variations, checked against `solveHip` for the same states; and
 * each variation changes only what it says it changes.
 */
import { describe, expect, it } from 'vitest';
import { solveHip } from '../../src/model';
import type { FigureState } from '../../src/state/figureState';
import { modelInput } from '../../src/state/modelInput';
import { PRESETS, type PresetName } from '../../src/state/presets';
import {
  VARIATION_PAIRS,
  heelWedgeDeg,
  moreOrLess,
  rotationAlongSquat,
  rotationSentence,
  turnOutAdaptingSentence,
  variationSentence,
  wideStanceAdaptingSentence,
  type VariationName,
} from '../../src/utils/modelSentences';

const hip = (state: FigureState) => solveHip(modelInput(state));
const of = (name: PresetName) => hip(PRESETS[name].state);
const deg = (x: number) => `${Math.round(x)}°`;

describe('the rotation the squat asks of the thigh (deep-squat article)', () => {
  const at = (depth: number) => hip({ ...PRESETS.deep.state, depth });

  it('is outward standing and inward at full depth, as the sentence says', () => {
    const r = rotationAlongSquat();
    expect(at(0).internalRotationRequiredDeg).toBeLessThan(0);
    expect(at(1).internalRotationRequiredDeg).toBeGreaterThan(0);
    const s = rotationSentence(r);
    expect(s).toContain(`turned outward by ${deg(-at(0).internalRotationRequiredDeg)}`);
    expect(s).toContain(`${deg(at(0.5).internalRotationRequiredDeg)} at parallel`);
    expect(s).toContain(`${deg(at(1).internalRotationRequiredDeg)} at full depth`);
    expect(at(r.turnsInwardAtDepth).internalRotationRequiredDeg).toBeGreaterThan(0);
    expect(at(r.turnsInwardAtDepth - 0.05).internalRotationRequiredDeg).toBeLessThanOrEqual(0);
  });

  it('keeps growing from parallel to full depth ("keeps growing as the squat goes past parallel")', () => {
    let last = at(0.5).internalRotationRequiredDeg;
    for (let d = 0.55; d <= 1.0001; d += 0.05) {
      const now = at(d).internalRotationRequiredDeg;
      expect(now, `depth ${d.toFixed(2)}`).toBeGreaterThan(last);
      last = now;
    }
  });
});

describe('the squat variations (compensations article, and the stance sentence in what-is-impingement)', () => {
  const changed = (a: FigureState, b: FigureState) =>
    (Object.keys(a) as (keyof FigureState)[]).filter(
      (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
    );

  it('each changes one thing: the ankle (heel wedge), the depth (box) or the turn-out', () => {
    const expected: Record<VariationName, (keyof FigureState)[]> = {
      heelsRaised: ['ankleDorsiflexionDeg'],
      boxSquat: ['depth'],
      turnOut: ['footTurnOutDeg'],
      wideStance: ['stanceWidthMm'],
    };
    for (const [name, pair] of Object.entries(VARIATION_PAIRS)) {
      const fields = changed(PRESETS[pair.from].state, PRESETS[pair.to].state).filter(
        (k) => k !== 'view',
      );
      expect(fields, name).toEqual(expected[name as VariationName]);
    }
  });

  it('gives the heel wedge as the same number of degrees of ankle bend (the shin tips w further)', () => {
    expect(heelWedgeDeg()).toBe(10);
    expect(PRESETS['heels-raised'].state.ankleDorsiflexionDeg).toBe(
      PRESETS['stiff-ankle'].state.ankleDorsiflexionDeg + heelWedgeDeg(),
    );
    // The ankle limit is what stops the shin in the stiff-ankle state, so the wedge matters there.
    expect(of('stiff-ankle').ankleDorsiflexionDeg).toBeCloseTo(
      PRESETS['stiff-ankle'].state.ankleDorsiflexionDeg,
      0,
    );
  });

  it('heels raised: the sentence quotes the model’s trunk lean and pelvic tuck', () => {
    const b = of('stiff-ankle');
    const a = of('heels-raised');
    const s = variationSentence('heelsRaised');
    expect(s).toContain(
      `leans forward ${deg(a.trunkFlexionDeg)} instead of ${deg(b.trunkFlexionDeg)}`,
    );
    expect(s).toContain(deg(a.compensations.buttWinkDeg));
    // The preset words: "trunk stays more upright and the pelvis tucks under less".
    expect(a.trunkFlexionDeg).toBeLessThan(b.trunkFlexionDeg);
    expect(a.compensations.buttWinkDeg).toBeLessThan(b.compensations.buttWinkDeg);
    // "the trunk leans well forward and the pelvis tucks under" (stiff ankles).
    expect(b.trunkFlexionDeg).toBeGreaterThan(of('deep').trunkFlexionDeg + 20);
    expect(b.compensations.buttWinkDeg).toBeGreaterThan(10);
  });

  it('box squat: less inward turn, no tuck, room left, as the sentence and the preset say', () => {
    const b = of('butt-wink');
    const a = of('box-squat');
    const s = variationSentence('boxSquat');
    expect(s).toContain(
      `${deg(a.internalRotationRequiredDeg)} of inward turn instead of ${deg(b.internalRotationRequiredDeg)}`,
    );
    expect(a.internalRotationRequiredDeg).toBeLessThan(b.internalRotationRequiredDeg / 2);
    expect(a.clearanceMm).toBeGreaterThan(0);
    expect(s).toContain(`${(Math.round(a.clearanceMm * 10) / 10).toFixed(1)} mm of room`);
    // The caption: going deeper than the box, the room at the front of the neck shrinks.
    expect(b.clearanceMm).toBeLessThan(a.clearanceMm);
    if (Math.round(a.compensations.buttWinkDeg) < 1) expect(s).toContain('does not tuck under');
  });

  it('more turn-out: the words for inward turn and for room follow the model’s signs', () => {
    const b = of('deep-tight');
    const a = of('turned-out');
    const s = variationSentence('turnOut');
    expect(s).toContain(
      `for ${moreOrLess(b.internalRotationRequiredDeg, a.internalRotationRequiredDeg)} inward turn`,
    );
    expect(s).toContain(`leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room`);
    // The preset words: "the neck still meets the rim, but less deeply".
    expect(a.contact).not.toBeNull();
    expect(a.clearanceMm).toBeGreaterThan(b.clearanceMm);
    const adapting = (name: PresetName) =>
      hip({ ...PRESETS[name].state, compensate: true }).compensations.buttWinkDeg;
    expect(turnOutAdaptingSentence()).toContain(
      `pelvis under ${moreOrLess(adapting('deep-tight'), adapting('turned-out'))}`,
    );
  });

  it('wider stance: the words for inward turn, room and the adapting body follow the model', () => {
    const b = of('deep-tight');
    const a = of('wide-stance');
    const s = variationSentence('wideStance');
    expect(s).toContain(
      `for ${moreOrLess(b.internalRotationRequiredDeg, a.internalRotationRequiredDeg)} inward turn`,
    );
    expect(s).toContain(`leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room`);
    // The preset words: "the neck still meets the rim, and more deeply".
    expect(a.contact).not.toBeNull();
    expect(a.clearanceMm).toBeLessThan(b.clearanceMm);
    const adapting = hip({ ...PRESETS['wide-stance'].state, compensate: true });
    expect(wideStanceAdaptingSentence().startsWith(adapting.contact ? 'Even' : 'When')).toBe(true);
  });
});
