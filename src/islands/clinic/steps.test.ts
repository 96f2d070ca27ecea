import { describe, expect, it } from 'vitest';
import { solveHip } from '../../model';
import { compareStates } from '../../state/compare';
import { DEFAULT_STATE, RANGES } from '../../state/figureState';
import { glideInWords } from '../../state/describe';
import { modelInput } from '../../state/modelInput';
import { normalizeState } from '../../state/url';
import { NO_PATIENT, type PatientHip } from './patient';
import { GOAL_EXTRA_IR_DEG, goalChange, guidedSteps } from './steps';
import { pinchOnsetDepth } from './teachBack';

const hip = (patch: Partial<PatientHip>): PatientHip => ({ ...NO_PATIENT, ...patch });

const sentencesIn = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

describe('guided steps', () => {
  it('tell the story in order: depth, the capsule, what the body does, what we will train, your turn', () => {
    const steps = guidedSteps();
    expect(steps.map((s) => s.id)).toEqual([
      'standing',
      'parallel',
      'deep',
      'typical',
      'tight',
      'pinch',
      'side-by-side',
      'butt-wink',
      'knee-flare',
      'train',
      'teach-back',
    ]);
    expect([...new Set(steps.map((s) => s.chapter))]).toEqual([
      'How deep',
      'The capsule',
      'What the body does',
      'What we will train',
      'Your turn',
    ]);
    expect(steps.filter((s) => s.goal).map((s) => s.id)).toEqual(['train']);
    expect(steps.every((s) => s.words === 'model')).toBe(true);
    expect(steps.slice(0, 3).map((s) => s.state.depth)).toEqual([0, 0.5, 1]);
  });

  it('put the story’s hip beside a typical one: a tight capsule, or the patient’s own once entered', () => {
    const upright = (steps: ReturnType<typeof guidedSteps>) =>
      steps.find((s) => s.id === 'side-by-side')!;
    const model = upright(guidedSteps());
    expect(model.compare).toBe('typical-vs-tight');
    expect(model.state).toMatchObject({ depth: 1, compensate: false, seatedIrDeg: null });
    // The sentence is the two solved hips' difference, in the presenter's words.
    const [a, b] = compareStates('typical-vs-tight', model.state);
    const typical = solveHip(modelInput(a));
    const tight = solveHip(modelInput(b));
    const less = Math.round(
      typical.internalRotationAvailableDeg - tight.internalRotationAvailableDeg,
    );
    expect(model.sentence).toContain('the hip with a tight back of the capsule');
    if (less > 0) expect(model.sentence).toContain(`${less}° less inward roll left`);

    const patient = upright(guidedSteps(hip({ seatedIrDeg: 12, alphaDeg: 68 })));
    expect(patient.compare).toBe('typical-vs-yours');
    expect(patient.title).toMatch(/patient’s hip/);
    expect(patient.sentence).toContain('the patient’s model hip');
    const [, theirs] = compareStates('typical-vs-yours', patient.state);
    expect(theirs).toMatchObject({ seatedIrDeg: 12, alphaDeg: 68 });
  });

  it('set a whole, valid figure state and say exactly one sentence each', () => {
    for (const patient of [
      NO_PATIENT,
      hip({ seatedIrDeg: 12, ankleDorsiflexionDeg: 25 }),
      hip({ seatedIrDeg: 34, ankleDorsiflexionDeg: null }),
    ]) {
      for (const step of guidedSteps(patient)) {
        expect(normalizeState(step.state)).toEqual(step.state);
        expect(step.state.camera).toBeNull();
        if (step.kind === 'figure') expect(sentencesIn(step.sentence), step.sentence).toBe(1);
      }
    }
  });

  it('use the patient’s measured hip in every step but the typical one shown for comparison', () => {
    const patient: PatientHip = hip({ seatedIrDeg: 16, ankleDorsiflexionDeg: 28 });
    for (const step of guidedSteps(patient)) {
      if (step.id === 'typical') {
        expect(step.state.seatedIrDeg).toBeNull();
        expect(step.title).toMatch(/for comparison/);
      } else if (step.id === 'train') expect(step.state.seatedIrDeg).toBe(16 + GOAL_EXTRA_IR_DEG);
      else if (step.id !== 'teach-back') expect(step.state.seatedIrDeg).toBe(16);
      if (step.id !== 'typical') expect(step.state.ankleDorsiflexionDeg).toBe(28);
    }
    const top = guidedSteps(
      hip({ seatedIrDeg: RANGES.seatedIrDeg.max, ankleDorsiflexionDeg: null }),
    );
    const train = top.find((s) => s.id === 'train')!;
    expect(train.state.seatedIrDeg).toBe(RANGES.seatedIrDeg.max);
    expect(train.sentence).not.toMatch(/0° more/);
  });

  it('use an imaging report’s angles in the patient’s own steps, never in the typical one', () => {
    const patient = hip({ alphaDeg: 66, lceDeg: 38 });
    for (const step of guidedSteps(patient)) {
      const own =
        step.id !== 'typical' && !(step.id === 'teach-back' && step.state.alphaDeg === 45);
      expect(step.state.alphaDeg, step.id).toBe(own ? 66 : 45);
      expect(step.state.lceDeg, step.id).toBe(own ? 38 : 28);
    }
  });

  it('ask the teach-back about a hip that pinches, starting from standing with no compensation', () => {
    for (let ir = RANGES.seatedIrDeg.min; ir <= RANGES.seatedIrDeg.max; ir += 6) {
      const patient = hip({ seatedIrDeg: ir });
      const step = guidedSteps(patient).find((s) => s.id === 'teach-back')!;
      expect(step.kind).toBe('teach-back');
      expect(step.state).toMatchObject({ depth: 0, compensate: false });
      expect(pinchOnsetDepth(step.state), `${ir}°`).not.toBeNull();
      // The patient's own hip when it pinches, else a model hip that does.
      const own = { ...DEFAULT_STATE, seatedIrDeg: ir, depth: 0, compensate: false };
      const ownPinches = pinchOnsetDepth(own) !== null;
      expect(step.state.seatedIrDeg).toBe(ownPinches ? ir : null);
    }
  });

  it('never tell a hip it pinches when the model says the neck clears the rim, and the reverse', () => {
    for (let ir = RANGES.seatedIrDeg.min; ir <= RANGES.seatedIrDeg.max; ir += 4) {
      const steps = guidedSteps(hip({ seatedIrDeg: ir, ankleDorsiflexionDeg: null }));
      const pinch = steps.find((s) => s.id === 'pinch')!;
      const contact = solveHip(modelInput(pinch.state)).contact !== null;
      expect(pinch.sentence.includes('what we call impingement'), `${ir}°: ${pinch.sentence}`).toBe(
        contact,
      );
      expect(pinch.sentence.includes('shows no pinch')).toBe(!contact);
      const wink = steps.find((s) => s.id === 'butt-wink')!;
      const winkDeg = solveHip(modelInput(wink.state)).compensations.buttWinkDeg;
      expect(wink.sentence.includes('tucks under by about')).toBe(winkDeg >= 2);
    }
  });

  it('say what the goal changes in the model, even when that is little', () => {
    for (const patient of [
      NO_PATIENT,
      hip({ seatedIrDeg: 12 }),
      hip({ seatedIrDeg: 20, alphaDeg: 70 }),
    ]) {
      const steps = guidedSteps(patient);
      const train = steps.find((s) => s.id === 'train')!;
      const from = solveHip(
        modelInput({ ...steps.find((s) => s.id === 'butt-wink')!.state, depth: 1 }),
      );
      const to = solveHip(modelInput(train.state));
      const lessTuck = from.compensations.buttWinkDeg - to.compensations.buttWinkDeg;
      const moreRoom = to.internalRotationAvailableDeg - from.internalRotationAvailableDeg;
      const some = lessTuck >= 2 || moreRoom >= 2 || (from.contact !== null && to.contact === null);
      expect(goalChange(from, to).some).toBe(some);
      expect(train.sentence.includes('changes little'), train.sentence).toBe(!some);
      expect(train.sentence.includes('a clinical plan'), train.sentence).toBe(!some);
    }
  });

  it('say which way the model’s capsule moves the ball, and call "forward" opinion only when the model does not show it', () => {
    for (const patient of [NO_PATIENT, hip({ seatedIrDeg: 12 }), hip({ seatedIrDeg: 31 })]) {
      const tight = guidedSteps(patient).find((s) => s.id === 'tight')!;
      const glide = glideInWords(solveHip(modelInput(tight.state)).headTranslationMm);
      expect(tight.sentence, tight.sentence).toContain(
        glide === 'centred' ? 'centred' : `mm ${glide} as the hip bends`,
      );
      expect(tight.sentence).not.toMatch(/nudge/);
      if (patient.seatedIrDeg === null)
        expect(tight.sentence.includes('this model does not show that')).toBe(
          !glide.includes('forward'),
        );
    }
  });

  it('never offer a goal of no more, or less, seated rotation than the patient has', () => {
    const top = RANGES.seatedIrDeg.max;
    const train = guidedSteps(hip({ seatedIrDeg: top + 1 })).find((s) => s.id === 'train')!;
    expect(train.sentence).toContain('this is the same model hip');
    expect(train.sentence).not.toMatch(/-\d/);
  });
});
