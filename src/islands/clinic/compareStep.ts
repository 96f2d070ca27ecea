/**
 * A presenter step that shows two hips on one slider: a typical hip beside one that differs in
 * one way (src/state/compare.ts). In the clinic the reader's "yours" is the patient's model
 * hip, shaped by every number the clinician entered, so the pair is named for the patient,
 * and without a patient it says what is missing instead of showing two identical hips as a
 * finding. Pure: no React, no DOM.
 */
import { solveHip, type HipState } from '../../model';
import { compareStates, differenceSentence, type CompareName } from '../../state/compare';
import { DEFAULT_STATE, type FigureState } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import { hasPatient, patientPatch, type PatientHip } from './patient';

/** The presenter's words for each pair: its step title, the second picture's label, its name in a sentence. */
export const CLINIC_PAIRS: Record<CompareName, { title: string; label: string; name: string }> = {
  'typical-vs-tight': {
    title: 'Typical and tight, side by side',
    label: 'Tight back of the capsule',
    name: 'the hip with a tight back of the capsule',
  },
  'typical-vs-cam': {
    title: 'Typical and cam, side by side',
    label: 'Cam shape',
    name: 'the cam hip',
  },
  'typical-vs-pincer': {
    title: 'Typical and deep socket, side by side',
    label: 'Deep socket (pincer)',
    name: 'the hip with a deep socket',
  },
  'typical-vs-yours': {
    title: 'The patient’s hip beside a typical one',
    label: 'The patient’s model hip',
    name: 'the patient’s model hip',
  },
};

/**
 * The shared state of a compare step: the patient's numbers (so the "yours" hip is theirs,
 * and both hips share their ankle), held upright, seen from the side. Every other pair then
 * swaps in its own typical and variant hips (compareStates), whoever is in the room.
 */
export function compareStepState(patient: PatientHip, depth: number): FigureState {
  return {
    ...DEFAULT_STATE,
    ...patientPatch(patient),
    depth,
    compensate: false,
    view: 'side',
    camera: null,
  };
}

/** How two solved hips of a pair differ, in the presenter's words. */
function pairDifference(
  pair: CompareName,
  typical: HipState,
  other: HipState,
  patient: PatientHip,
): string {
  if (pair === 'typical-vs-yours' && !hasPatient(patient))
    return 'Enter the patient’s hip (the Patient’s hip button at the top) to see it beside a typical one; until then both pictures show the same typical model hip.';
  return differenceSentence(pair, typical, other, {
    name: CLINIC_PAIRS[pair].name,
    oneSentence: true,
  });
}

/** The step's sentence for a shared state: the difference between the two solved hips. */
export function compareStepSentence(
  pair: CompareName,
  state: FigureState,
  patient: PatientHip,
): string {
  const [typical, other] = compareStates(pair, state);
  return pairDifference(pair, solveHip(modelInput(typical)), solveHip(modelInput(other)), patient);
}

/** The pair that puts the story's hip beside a typical one: the patient's when entered, else a tight capsule. */
export function storyPair(patient: PatientHip): CompareName {
  return hasPatient(patient) ? 'typical-vs-yours' : 'typical-vs-tight';
}
