import { describe, expect, it } from 'vitest';
import { solveHip } from '../../model';
import { COMPARE_NAMES, compareStates, differenceSentence } from '../../state/compare';
import { sentence } from '../../state/describe';
import { PRESETS } from '../../state/presets';
import { modelInput } from '../../state/modelInput';
import { isTightCapsule } from '../../state/tightness';
import { NO_PATIENT } from './patient';
import {
  BUILT_IN_IDS,
  BUILT_IN_SEQUENCE,
  COMPARE_SOURCES,
  PRESET_SOURCES,
  isBuiltIn,
  library,
  stepsFor,
} from './sequence';
import { guidedSteps } from './steps';

const modelWords = (state: Parameters<typeof modelInput>[0]) => {
  const hip = solveHip(modelInput(state));
  return sentence(hip, isTightCapsule(hip.posteriorCapsuleTightness));
};

describe('sequences', () => {
  it('the built-in sequence is the guided steps, unchanged', () => {
    const patient = { ...NO_PATIENT, seatedIrDeg: 20 };
    expect(stepsFor(BUILT_IN_SEQUENCE, patient)).toEqual(guidedSteps(patient));
    expect(BUILT_IN_IDS).toEqual(guidedSteps().map((s) => s.id));
    expect(isBuiltIn(BUILT_IN_SEQUENCE)).toBe(true);
  });

  it('the library holds every built-in step, every named model hip and every compare pair', () => {
    const pictures = library();
    expect(Object.keys(pictures)).toEqual([...BUILT_IN_IDS, ...PRESET_SOURCES, ...COMPARE_SOURCES]);
    expect(COMPARE_SOURCES.map((id) => pictures[id].compare)).toEqual(COMPARE_NAMES);
    expect(PRESET_SOURCES).toHaveLength(Object.keys(PRESETS).length);
    expect(pictures['p-cam'].state).toEqual({ ...PRESETS.cam.state, camera: null });
  });

  it('a named model hip stays a model hip whoever is in the room', () => {
    const [cam] = stepsFor(
      { steps: [{ source: 'p-cam', depth: null, sentence: null }] },
      { ...NO_PATIENT, seatedIrDeg: 12 },
    );
    expect(cam!.state.seatedIrDeg).toBeNull();
    expect(cam!.sentence).toBe(modelWords(cam!.state));
  });

  it('a changed depth moves the picture, and the sentence becomes the model’s for that depth', () => {
    const [parallel, deeper] = stepsFor({
      steps: [
        { source: 'parallel', depth: null, sentence: null },
        { source: 'parallel', depth: 0.9, sentence: null },
      ],
    });
    expect(parallel!.sentence).toMatch(/thighs level with the floor/);
    expect(deeper!.state.depth).toBe(0.9);
    expect(deeper!.sentence).toBe(modelWords(deeper!.state));
    expect(deeper!.words).toBe('model');
  });

  it('the clinician’s own sentence replaces the site’s, and says whose words it is', () => {
    const [step, back] = stepsFor({
      steps: [
        { source: 'pinch', depth: null, sentence: 'Here is the pinch we talked about.' },
        { source: 'teach-back', depth: 0.5, sentence: 'ignored' },
      ],
    });
    expect(step!.sentence).toBe('Here is the pinch we talked about.');
    expect(step!.words).toBe('clinician');
    expect(back!.kind).toBe('teach-back');
    expect(back!.words).toBe('model');
    expect(back!.state.depth).toBe(0);
  });

  it('a compare step at another depth says how the two hips differ there, from the model', () => {
    const [cam] = stepsFor({ steps: [{ source: 'c-typical-vs-cam', depth: 0.4, sentence: null }] });
    expect(cam!.compare).toBe('typical-vs-cam');
    expect(cam!.state.depth).toBe(0.4);
    const [a, b] = compareStates('typical-vs-cam', cam!.state);
    expect(cam!.sentence).toBe(
      differenceSentence('typical-vs-cam', solveHip(modelInput(a)), solveHip(modelInput(b)), {
        name: 'the cam hip',
        oneSentence: true,
      }),
    );
  });

  it('the patient beside a typical hip asks for the patient’s numbers until there are some', () => {
    const step = { source: 'c-typical-vs-yours' as const, depth: null, sentence: null };
    const [nobody] = stepsFor({ steps: [step] });
    expect(nobody!.sentence).toMatch(/^Enter the patient’s hip/);
    const [someone] = stepsFor({ steps: [step] }, { ...NO_PATIENT, seatedIrDeg: 14 });
    expect(someone!.state.seatedIrDeg).toBe(14);
    expect(someone!.sentence).toMatch(/^Here the patient’s model hip has/);
  });
});
