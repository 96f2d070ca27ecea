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
import { legFrame, hipFor } from '../../src/model/squat';
import { resolveParameters } from '../../src/model/parameters';
import { withSeatedCalibration } from '../../src/model/seated';
import { compensationNumbers } from '../../src/utils/compensationNumbers';
import { rangeOfMotion } from '../../src/model';
import { glideMm } from '../../src/state/describe';
import {
  VARIATION_PAIRS,
  heelWedgeDeg,
  kneeFlareRoomSentence,
  moreOrLess,
  rimPlace,
  stanceTucks,
  stanceTucksSentence,
  tightAdaptingSentence,
  tightCapsuleSentence,
  turnOutSummarySentence,
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

  it('heels raised: the sentence quotes the model’s trunk lean, hip bend and pelvic tuck', () => {
    const b = of('stiff-ankle');
    const a = of('heels-raised');
    const s = variationSentence('heelsRaised');
    expect(s).toContain(
      `leans forward ${deg(a.trunkFlexionDeg)} instead of ${deg(b.trunkFlexionDeg)}`,
    );
    expect(s).toContain(`hip bends ${deg(a.hipFlexionDeg)} instead of ${deg(b.hipFlexionDeg)}`);
    const tucks = (h: typeof a) => Math.round(h.compensations.buttWinkDeg) >= 1;
    if (!tucks(a) && !tucks(b)) expect(s).toContain('does not tuck under, with or without');
    else expect(s).toContain(deg(a.compensations.buttWinkDeg));
    // The preset words: "the trunk stays more upright and the hip bends less".
    expect(a.trunkFlexionDeg).toBeLessThan(b.trunkFlexionDeg);
    expect(a.hipFlexionDeg).toBeLessThan(b.hipFlexionDeg);
    // "the trunk leans well forward and the hip bends further" (stiff ankles, against the typical ankle).
    expect(b.trunkFlexionDeg).toBeGreaterThan(of('deep').trunkFlexionDeg + 20);
    expect(b.hipFlexionDeg).toBeGreaterThan(of('deep').hipFlexionDeg);
  });

  it('box squat: less inward turn and room left, as the sentence and the preset say', () => {
    const b = of('deep-tight');
    const a = of('box-squat');
    const s = variationSentence('boxSquat');
    expect(s).toContain(
      `${deg(a.internalRotationRequiredDeg)} of inward turn instead of ${deg(b.internalRotationRequiredDeg)}`,
    );
    expect(a.internalRotationRequiredDeg).toBeLessThan(b.internalRotationRequiredDeg / 2);
    expect(a.clearanceMm).toBeGreaterThan(0);
    expect(s).toContain(`${(Math.round(a.clearanceMm * 10) / 10).toFixed(1)} mm of room`);
    // The caption: going deeper than the box, the room between the neck and the rim shrinks.
    expect(b.clearanceMm).toBeLessThan(a.clearanceMm);
    expect(s).toContain(
      `against ${(Math.round(Math.abs(b.clearanceMm) * 10) / 10).toFixed(1)} mm ${b.clearanceMm < 0 ? 'of overlap' : 'of room'} at full depth`,
    );
  });

  it('more turn-out: the words for inward turn and for room follow the model’s signs', () => {
    const b = of('deep-tight');
    const a = of('turned-out');
    const s = variationSentence('turnOut');
    expect(s).toContain(
      `for ${moreOrLess(b.internalRotationRequiredDeg, a.internalRotationRequiredDeg)} inward turn`,
    );
    expect(s).toContain(`leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room`);
    // The preset words: "the neck still meets the rim, a little more deeply".
    expect(a.contact).not.toBeNull();
    expect(a.clearanceMm).toBeLessThan(b.clearanceMm);
    expect(b.clearanceMm - a.clearanceMm).toBeLessThan(0.5);
    const adapting = (name: PresetName) =>
      hip({ ...PRESETS[name].state, compensate: true }).compensations.buttWinkDeg;
    const [before, after] = [adapting('deep-tight'), adapting('turned-out')];
    if (Math.round(before) < 1 && Math.round(after) < 1)
      expect(turnOutAdaptingSentence()).toContain('does not tuck the pelvis under');
    else expect(turnOutAdaptingSentence()).toContain(`pelvis under ${moreOrLess(before, after)}`);
  });

  it('wider stance: the words for inward turn, room and the adapting body follow the model', () => {
    const b = of('deep-tight');
    const a = of('wide-stance');
    const s = variationSentence('wideStance');
    expect(s).toContain(
      `for ${moreOrLess(b.internalRotationRequiredDeg, a.internalRotationRequiredDeg)} inward turn`,
    );
    expect(s).toContain(`leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room`);
    // The preset words: "the neck still meets the rim, no less deeply".
    expect(a.contact).not.toBeNull();
    expect(a.clearanceMm).toBeLessThanOrEqual(b.clearanceMm);
    const adapting = hip({ ...PRESETS['wide-stance'].state, compensate: true });
    const w = wideStanceAdaptingSentence();
    expect(w).toMatch(adapting.contact ? /meets the rim/ : /finds room|clears the rim/);
    for (const d of [adapting.compensations.buttWinkDeg, adapting.compensations.kneeFlareDeg])
      if (Math.round(d) >= 1) expect(w).toContain(deg(d));
    if (Math.round(adapting.compensations.buttWinkDeg) < 1) expect(w).not.toMatch(/tucking/);
  });
});

describe('knee flare in the model (compensations article: “What it buys the hip”)', () => {
  const flareState = PRESETS['knee-flare'].state;
  const h = hip(flareState);

  it('pushes the knees out only when the thigh is short of inward turn', () => {
    expect(h.compensations.kneeFlareDeg).toBeGreaterThan(1);
    // A roomy state (the typical hip at parallel) has no flare.
    expect(hip({ ...PRESETS.deep.state, depth: 0.5 }).compensations.kneeFlareDeg).toBe(0);
  });

  it('says whether the flare costs or makes room, with the sign the model reports', () => {
    const room = h.compensations.clearanceEffectMm.kneeFlare;
    const s = kneeFlareRoomSentence();
    if (room < -0.05) expect(s).toContain('costs a little room instead of making it');
    else if (room > 0.05) expect(s).toContain('makes a little room');
    else expect(s).toContain('hardly changes the room');
    expect(s).toContain(rimPlace(h.nearestClockHour));
    expect(compensationNumbers().kneeFlare.roomMm).toBeCloseTo(Math.round(room * 10) / 10, 5);
  });

  it('explains a cost truly: pushing the knee out swings the thigh out and narrows the gap', () => {
    // Holding the pelvis and back as the model body has them, more flare means more
    // abduction and less room, as the sentence says. Uses the model's own leg geometry.
    if (h.compensations.clearanceEffectMm.kneeFlare >= -0.05) return;
    const input = modelInput(flareState);
    const p = withSeatedCalibration(resolveParameters(input.params).params);
    const pose = (flare: number) =>
      hipFor(
        legFrame(p, input.squatDepth, flare),
        h.compensations.buttWinkDeg,
        h.compensations.lumbarExtensionDeg,
      ).hip;
    expect(-pose(h.compensations.kneeFlareDeg).adductionDeg).toBeGreaterThan(-pose(0).adductionDeg);
    expect(kneeFlareRoomSentence()).toContain('swings the thigh out to the side');
  });

  it('places clock hours on the rim in words', () => {
    expect(rimPlace(11.4)).toBe('near the top of the rim');
    expect(rimPlace(0.6)).toBe('near the top of the rim');
    expect(rimPlace(3.2)).toBe('at the front of the rim');
    expect(rimPlace(1.5)).toBe('at the front and top of the rim');
  });
});

describe('the stance advice in the model (compensations article)', () => {
  it('sums up turning the feet out with the signs the model gives', () => {
    const b = of('deep-tight');
    const a = of('turned-out');
    const s = turnOutSummarySentence();
    expect(s).toContain(`leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room`);
    expect(s).toContain(
      `asks the thigh for ${moreOrLess(b.internalRotationRequiredDeg, a.internalRotationRequiredDeg)} inward turn`,
    );
    const t = stanceTucks();
    if (Math.round(t.textbookDeg) < 1 && Math.round(t.turnedOutDeg) < 1)
      expect(s).toContain('does not tuck its pelvis under either way');
    else expect(s).toContain(`tucks its pelvis under ${moreOrLess(t.textbookDeg, t.turnedOutDeg)}`);
  });

  it('quotes the adapting body’s tucks in the three stances, or says it tucks in none', () => {
    const t = stanceTucks();
    const s = stanceTucksSentence();
    const all = [t.turnedOutDeg, t.wideDeg, t.textbookDeg];
    if (all.every((d) => Math.round(d) < 1))
      expect(s).toContain('does not tuck the pelvis under in any of these stances');
    else for (const d of all) expect(s).toContain(deg(d));
    expect(t.turnedOutDeg).toBeCloseTo(
      hip({ ...PRESETS['turned-out'].state, compensate: true }).compensations.buttWinkDeg,
      9,
    );
  });

  it('words a tuck only where the model makes one (a tuck in a sentence is one of 1° or more)', () => {
    const tucked = { textbookDeg: 12, turnedOutDeg: 30, wideDeg: 0.2 };
    expect(stanceTucksSentence(tucked)).toContain('30°');
    expect(stanceTucksSentence({ textbookDeg: 0, turnedOutDeg: 0.4, wideDeg: 0 })).toContain(
      'does not tuck',
    );
  });
});

describe('the tight back of the capsule and the captions that describe it (deep-squat and compensations articles)', () => {
  const tightState = PRESETS['deep-tight'].state;

  it('quotes the model’s rotation room and says whether the model shows the post’s forward push', () => {
    const tight = of('deep-tight');
    const typical = hip({ ...tightState, capsuleTightness: 1 });
    const s = tightCapsuleSentence();
    expect(s).toContain(deg(tight.internalRotationAvailableDeg));
    expect(s).toContain(deg(typical.internalRotationAvailableDeg));
    const t = tight.headTranslationMm;
    const showsPicture =
      t.anterior > 0.15 &&
      t.superior > 0.15 &&
      typical.internalRotationAvailableDeg - tight.internalRotationAvailableDeg >= 4.5;
    expect(s.startsWith('This model does not reproduce')).toBe(!showsPicture);
    if (tight.contact) expect(s).toContain(rimPlace(tight.contact.clockHour));
  });

  it('names a compensation of the tight adapting hip only where the model makes one', () => {
    const h = hip({ ...tightState, compensate: true });
    const s = tightAdaptingSentence();
    const used = [h.compensations.buttWinkDeg, h.compensations.kneeFlareDeg].filter(
      (d) => Math.round(d) >= 1,
    );
    if (used.length === 0) {
      expect(s).toContain('without tucking the pelvis under or pushing the knees out');
      // "the model's butt wink appears in a hip with a deep socket instead"
      expect(of('butt-wink').compensations.buttWinkDeg).toBeGreaterThan(5);
    } else for (const d of used) expect(s).toContain(deg(d));
  });

  it('the tight hip from parallel down (fig-tight-bottom, tight-capsule sentence): the ball shifts a little back, and meets the rim near its top at the bottom', () => {
    for (let d = 0.5; d <= 1.0001; d += 0.05) {
      const h = hip({ ...tightState, depth: d });
      expect(h.headTranslationMm.anterior, `depth ${d.toFixed(2)}`).toBeLessThan(-0.15);
      expect(glideMm(h.headTranslationMm)).toBeLessThan(2);
    }
    expect(hip({ ...tightState, depth: 0.5 }).contact).toBeNull();
    const bottom = of('deep-tight');
    expect(bottom.contact?.structure).toBe('labrum');
    expect(rimPlace(bottom.contact!.clockHour)).toBe('near the top of the rim');
  });

  it('fig-back-arch: the arch fades deeper down as the pelvis rolls back towards its standing tilt', () => {
    const at = (depth: number) => hip({ ...PRESETS['back-arch'].state, depth });
    const [stand, third, bottom] = [at(0), at(PRESETS['back-arch'].state.depth), at(1)];
    expect(bottom.compensations.lumbarExtensionDeg).toBeLessThan(
      third.compensations.lumbarExtensionDeg,
    );
    expect(bottom.pelvicTiltDeg).toBeGreaterThan(third.pelvicTiltDeg);
    expect(Math.abs(bottom.pelvicTiltDeg - stand.pelvicTiltDeg)).toBeLessThan(
      Math.abs(third.pelvicTiltDeg - stand.pelvicTiltDeg),
    );
  });

  it('fig-butt-wink and fig-try: the deep socket tucks under at the bottom, not at parallel, and that makes room', () => {
    const wink = of('butt-wink');
    const held = hip({ ...PRESETS['butt-wink'].state, compensate: false });
    const parallel = hip({ ...PRESETS['butt-wink'].state, depth: 0.5 });
    expect(Math.round(parallel.compensations.buttWinkDeg)).toBeLessThan(1);
    expect(wink.hipFlexionDeg).toBeLessThan(held.hipFlexionDeg);
    expect(wink.clearanceMm).toBeGreaterThan(held.clearanceMm);
    // fig-try: held, the neck presses hard into the labrum, almost to the bone (v3; v2 reached
    // bone); adapting, it presses less.
    expect(held.contact?.structure).toBe('labrum');
    expect(held.boneClearanceMm).toBeGreaterThan(0);
    expect(held.boneClearanceMm).toBeLessThan(1);
    expect(wink.contact?.structure).toBe('labrum');
    expect(wink.labrumIndentationMm).toBeLessThan(held.labrumIndentationMm);
  });

  it('measure-hip-rotation: the reader’s seated rotation changes the room at the bottom only a little, and the bones cap it', () => {
    const room = (ir: number) =>
      hip({ ...PRESETS.deep.state, seatedIrDeg: ir, compensate: false })
        .internalRotationAvailableDeg;
    expect(Math.abs(room(31) - room(10))).toBeLessThan(5);
    const loosest = rangeOfMotion({ posteriorCapsuleTightness: 0.5 }).internalRotationAt90Deg;
    expect(rangeOfMotion({ seatedInternalRotationDeg: 40 }).internalRotationAt90Deg).toBeCloseTo(
      Math.min(40, loosest),
      0,
    );
  });
});
