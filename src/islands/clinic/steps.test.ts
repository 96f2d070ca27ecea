import { describe, expect, it } from 'vitest';
import { solveHip } from '../../model';
import { DEFAULT_STATE, RANGES } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import { normalizeState } from '../../state/url';
import {
  GOAL_EXTRA_IR_DEG,
  NO_PATIENT,
  guidedSteps,
  modelTagFor,
  patientFromState,
  type PatientHip,
} from './steps';

const sentencesIn = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

describe('guided steps', () => {
  it('tell the story in order: depth, the capsule, what the body does, what we will train', () => {
    const steps = guidedSteps();
    expect(steps.map((s) => s.id)).toEqual([
      'standing',
      'parallel',
      'deep',
      'typical',
      'tight',
      'pinch',
      'butt-wink',
      'knee-flare',
      'train',
    ]);
    expect([...new Set(steps.map((s) => s.chapter))]).toEqual([
      'How deep',
      'The capsule',
      'What the body does',
      'What we will train',
    ]);
    expect(steps.slice(0, 3).map((s) => s.state.depth)).toEqual([0, 0.5, 1]);
  });

  it('set a whole, valid figure state and say exactly one sentence each', () => {
    for (const patient of [
      NO_PATIENT,
      { seatedIrDeg: 12, ankleDorsiflexionDeg: 25 },
      { seatedIrDeg: 34, ankleDorsiflexionDeg: null },
    ]) {
      for (const step of guidedSteps(patient)) {
        expect(normalizeState(step.state)).toEqual(step.state);
        expect(step.state.camera).toBeNull();
        expect(sentencesIn(step.sentence), step.sentence).toBe(1);
      }
    }
  });

  it('use the patient’s measured hip in every step but the typical one shown for comparison', () => {
    const patient: PatientHip = { seatedIrDeg: 16, ankleDorsiflexionDeg: 28 };
    for (const step of guidedSteps(patient)) {
      if (step.id === 'typical') {
        expect(step.state.seatedIrDeg).toBeNull();
        expect(step.title).toMatch(/for comparison/);
      } else if (step.id === 'train') expect(step.state.seatedIrDeg).toBe(16 + GOAL_EXTRA_IR_DEG);
      else expect(step.state.seatedIrDeg).toBe(16);
      if (step.id !== 'typical') expect(step.state.ankleDorsiflexionDeg).toBe(28);
    }
    const top = guidedSteps({ seatedIrDeg: RANGES.seatedIrDeg.max, ankleDorsiflexionDeg: null });
    expect(top.find((s) => s.id === 'train')!.state.seatedIrDeg).toBe(RANGES.seatedIrDeg.max);
  });

  it('never tell a hip it pinches when the model says the neck clears the rim, and the reverse', () => {
    for (let ir = RANGES.seatedIrDeg.min; ir <= RANGES.seatedIrDeg.max; ir += 4) {
      const steps = guidedSteps({ seatedIrDeg: ir, ankleDorsiflexionDeg: null });
      const pinch = steps.find((s) => s.id === 'pinch')!;
      const contact = solveHip(modelInput(pinch.state)).contact !== null;
      expect(
        pinch.sentence.includes('that meeting is the pinch'),
        `${ir}°: ${pinch.sentence}`,
      ).toBe(contact);
      expect(pinch.sentence.includes('shows no pinch')).toBe(!contact);
      const wink = steps.find((s) => s.id === 'butt-wink')!;
      const winkDeg = solveHip(modelInput(wink.state)).compensations.buttWinkDeg;
      expect(wink.sentence.includes('tucks under by about')).toBe(winkDeg >= 2);
    }
  });
});

describe('the model tag', () => {
  it('names the measurement that shaped the model, and never calls it an image of the patient', () => {
    const patient: PatientHip = { seatedIrDeg: 18, ankleDorsiflexionDeg: null };
    expect(modelTagFor({ ...DEFAULT_STATE, seatedIrDeg: 18 }, patient)).toBe(
      'A model shaped by the patient’s seated rotation of 18°, not an image of their hip',
    );
    expect(modelTagFor({ ...DEFAULT_STATE, seatedIrDeg: 28 }, patient)).toBe(
      'A model shaped by a seated rotation of 28°, not an image of the patient’s hip',
    );
    expect(modelTagFor(DEFAULT_STATE, patient)).toBe(
      'A typical model hip, not an image of the patient’s hip',
    );
    expect(modelTagFor({ ...DEFAULT_STATE, capsuleTightness: 2 }, NO_PATIENT)).toMatch(
      /^A model hip with a tight back of the capsule/,
    );
    expect(
      modelTagFor(
        { ...DEFAULT_STATE, seatedIrDeg: 18, ankleDorsiflexionDeg: 30 },
        { seatedIrDeg: 18, ankleDorsiflexionDeg: 30 },
      ),
    ).toMatch(/seated rotation of 18° and ankle bend of 30°/);
  });

  it('speaks to the patient on the handout', () => {
    const patient: PatientHip = { seatedIrDeg: 18, ankleDorsiflexionDeg: null };
    expect(modelTagFor({ ...DEFAULT_STATE, seatedIrDeg: 18 }, patient, 'patient')).toBe(
      'A model shaped by your seated rotation of 18°, not an image of your hip',
    );
    expect(modelTagFor(DEFAULT_STATE, patient, 'patient')).toBe(
      'A typical model hip, not an image of your hip',
    );
  });

  it('reads a patient back from a shared state', () => {
    expect(patientFromState(DEFAULT_STATE)).toEqual(NO_PATIENT);
    expect(
      patientFromState({ ...DEFAULT_STATE, seatedIrDeg: 15, ankleDorsiflexionDeg: 30 }),
    ).toEqual({ seatedIrDeg: 15, ankleDorsiflexionDeg: 30 });
  });
});
