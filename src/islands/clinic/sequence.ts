/**
 * A sequence of presenter steps: the built-in one (the default), or the clinician's own,
 * chosen, ordered and trimmed from a library of pictures, each with its own depth and, if
 * they like, their own sentence. A sequence holds no patient numbers: it is a plan that can
 * be shared by link and used with any patient, whose entered hip then shapes the steps.
 *
 * The library: every built-in step (shaped by the patient's hip when one is entered), the
 * site's named model hips (src/state/presets.ts), which stay model hips whoever is in the
 * room, and the compare pairs (a typical hip beside a tight, cam or pincer one, or beside the
 * patient's). Pure: no React, no DOM.
 */
import { solveHip } from '../../model';
import { sentence as modelSentence } from '../../state/describe';
import { type FigureState } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import { COMPARE_NAMES, type CompareName } from '../../state/compare';
import { PRESETS, type PresetName } from '../../state/presets';
import { isTightCapsule } from '../../state/tightness';
import { CLINIC_PAIRS, compareStepSentence, compareStepState } from './compareStep';
import { NO_PATIENT, type PatientHip } from './patient';
import { guidedSteps, type GuidedStep } from './steps';

/** The built-in steps, in their order. */
export const BUILT_IN_IDS = [
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
] as const;
export type BuiltInId = (typeof BUILT_IN_IDS)[number];

/** A named model hip as a source: `p-` keeps its name apart from the built-in step ids. */
export type PresetSource = `p-${PresetName}`;
/** Two hips on one slider (src/state/compare.ts) as a source: `c-` and the pair's name. */
export type CompareSource = `c-${CompareName}`;
export type SourceId = BuiltInId | PresetSource | CompareSource;

export const PRESET_SOURCES = (Object.keys(PRESETS) as PresetName[]).map(
  (name) => `p-${name}` as PresetSource,
);
export const COMPARE_SOURCES = COMPARE_NAMES.map((name) => `c-${name}` as CompareSource);
export const SOURCE_IDS: readonly SourceId[] = [
  ...BUILT_IN_IDS,
  ...PRESET_SOURCES,
  ...COMPARE_SOURCES,
];

export function isCompareSource(value: string): value is CompareSource {
  return (COMPARE_SOURCES as readonly string[]).includes(value);
}

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}

/**
 * One step of a sequence: a source from the library, the clinician's depth, their sentence.
 * A compare source (two hips on one slider) is a source like any other, so a step is the
 * same three fields whatever it shows (sequenceUrl.ts writes such a sequence as format 2).
 */
export interface SequenceStep {
  source: SourceId;
  /** Squat depth on the model's 0–1 scale, or null for the source's own depth. */
  depth: number | null;
  /** The clinician's own sentence, or null for the site's sentence from the model. */
  sentence: string | null;
}

export interface Sequence {
  steps: readonly SequenceStep[];
}

export const BUILT_IN_SEQUENCE: Sequence = {
  steps: BUILT_IN_IDS.map((source) => ({ source, depth: null, sentence: null })),
};

function presetStep(name: PresetName): GuidedStep {
  const preset = PRESETS[name];
  return {
    id: `p-${name}`,
    kind: 'figure',
    chapter: 'Model hips',
    title: preset.title,
    state: { ...preset.state, camera: null },
    sentence: '',
    words: 'model',
    goal: false,
  };
}

function compareStep(pair: CompareName, patient: PatientHip): GuidedStep {
  const state = compareStepState(patient, 1);
  return {
    id: `c-${pair}`,
    kind: 'figure',
    chapter: 'Side by side',
    title: CLINIC_PAIRS[pair].title,
    state,
    sentence: compareStepSentence(pair, state, patient),
    words: 'model',
    goal: false,
    compare: pair,
  };
}

/** The library for this patient: each source as a step, before any depth or sentence of the clinician's. */
export function library(patient: PatientHip = NO_PATIENT): Record<SourceId, GuidedStep> {
  const built = Object.fromEntries(guidedSteps(patient).map((s) => [s.id, s]));
  const presets = Object.fromEntries(
    (Object.keys(PRESETS) as PresetName[]).map((name) => [`p-${name}`, presetStep(name)]),
  );
  const pairs = Object.fromEntries(
    COMPARE_NAMES.map((pair) => [`c-${pair}`, compareStep(pair, patient)]),
  );
  return { ...built, ...presets, ...pairs } as Record<SourceId, GuidedStep>;
}

/** The site's sentence for a state it did not write a step for: the figure's own, from the model. */
function sentenceFor(state: FigureState): string {
  const hip = solveHip(modelInput(state));
  return modelSentence(hip, isTightCapsule(hip.posteriorCapsuleTightness));
}

/** One sequence step, made real for this patient. */
export function stepFor(
  step: SequenceStep,
  pictures: Record<SourceId, GuidedStep>,
  patient: PatientHip = NO_PATIENT,
): GuidedStep {
  const from = pictures[step.source];
  const moved = step.depth !== null && step.depth !== from.state.depth && from.kind === 'figure';
  const state = moved ? { ...from.state, depth: step.depth! } : from.state;
  // A built-in sentence was written for its own depth ("thighs level with the floor"): at
  // another depth the figure's sentence for that state says what the model shows there (for
  // two hips, how they differ there).
  const anew = () =>
    from.compare ? compareStepSentence(from.compare, state, patient) : sentenceFor(state);
  const site = moved || from.sentence === '' ? anew() : from.sentence;
  const own = from.kind === 'figure' ? step.sentence : null;
  return {
    ...from,
    state,
    sentence: own ?? site,
    words: own !== null ? 'clinician' : 'model',
  };
}

/** The steps a sequence shows for this patient. */
export function stepsFor(sequence: Sequence, patient: PatientHip = NO_PATIENT): GuidedStep[] {
  const pictures = library(patient);
  return sequence.steps.map((step) => stepFor(step, pictures, patient));
}

export function isBuiltIn(sequence: Sequence): boolean {
  const steps = sequence.steps;
  return (
    steps.length === BUILT_IN_IDS.length &&
    steps.every((s, i) => s.source === BUILT_IN_IDS[i] && s.depth === null && s.sentence === null)
  );
}
