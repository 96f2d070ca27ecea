/**
 * The presenter's guided steps: standing → parallel → deep; a typical hip → a tight back of
 * the capsule → the pinch → the two side by side; what the body does instead; what we will train. Each step is a
 * whole figure state and one plain sentence.
 *
 * The sentences are written from the model's own answer for the step's state (does the neck
 * meet the rim? does the pelvis tuck under?), so that a patient's hip that has room at the
 * bottom is never told it pinches. Pure: no React, no DOM.
 */
import { solveHip, type HipState } from '../../model';
import { glideInWords, glideMm, round, round1 } from '../../state/describe';
import { DEFAULT_STATE, RANGES, type FigureState } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import type { CompareName } from '../../state/compare';
import { TIGHT_CAPSULE } from '../../state/presets';
import { tightnessKind } from '../../state/tightness';
import { CLINIC_PAIRS, compareStepSentence, compareStepState, storyPair } from './compareStep';
import { NO_PATIENT, patientPatch, type PatientHip } from './patient';
import { pinchOnsetDepth } from './teachBack';

export type StepKind = 'figure' | 'teach-back';

export interface GuidedStep {
  /** Which step of the library this is (a sequence may show one more than once). */
  id: string;
  kind: StepKind;
  /** The part of the story the step belongs to. */
  chapter: string;
  title: string;
  state: FigureState;
  /** One plain sentence, true of the model in this state (or the clinician's own words). */
  sentence: string;
  /** Who wrote the sentence: the site, from the model's answer, or the clinician. */
  words: 'model' | 'clinician';
  /** The step shows a goal to work towards, not the hip as measured. */
  goal: boolean;
  /**
   * Two hips on one slider: `state` is what they share, and the pair says which typical and
   * which other hip it becomes (./compareStep.ts). Absent for a step with one hip.
   */
  compare?: CompareName;
}

/** The goal step shows the patient's model hip with this much more seated rotation. */
export const GOAL_EXTRA_IR_DEG = 10;
const MOVE_FROM_DEG = 2;

const neckMeets = (hip: HipState) =>
  hip.contact?.structure === 'labrum'
    ? 'the labrum, the soft edge of the socket'
    : 'the bony rim of the socket';

function capsuleWords(hip: HipState): string {
  const kind = tightnessKind(hip.posteriorCapsuleTightness);
  if (kind === 'tight') return 'tighter than typical';
  if (kind === 'loose') return 'looser than typical';
  return 'close to typical';
}

/**
 * What a goal hip changes at the bottom of the squat against the hip it grew from, in words:
 * less tucking under, more inward roll to spare, the neck clear of the rim. `some` is false
 * when the model shows no such change (then the words say so, and what stays).
 */
export function goalChange(
  from: HipState,
  to: HipState,
  where = 'at the bottom',
): { some: boolean; words: string } {
  const parts: string[] = [];
  const lessTuck = from.compensations.buttWinkDeg - to.compensations.buttWinkDeg;
  const moreRoom = to.internalRotationAvailableDeg - from.internalRotationAvailableDeg;
  if (lessTuck >= MOVE_FROM_DEG)
    parts.push(`lets the pelvis tuck under about ${round(lessTuck)}° less ${where}`);
  if (moreRoom >= MOVE_FROM_DEG)
    parts.push(`leaves about ${round(moreRoom)}° more inward roll to spare`);
  if (from.contact !== null && to.contact === null) parts.push('keeps the neck clear of the rim');
  if (parts.length > 0) return { some: true, words: parts.join(' and ') };
  const tuck = to.compensations.buttWinkDeg;
  return {
    some: false,
    words:
      tuck >= MOVE_FROM_DEG
        ? `changes little ${where}, where the pelvis still tucks under about ${round(tuck)}°`
        : `changes little ${where}`,
  };
}

/**
 * The hip the teach-back asks about, held upright (no compensation), starting from standing:
 * the story's hip when the model shows it pinching, else a model hip with a tight back of the
 * capsule (a patient whose model hip has room would otherwise have nothing to find).
 */
export function teachBackState(patient: PatientHip): FigureState {
  const own: FigureState = {
    ...DEFAULT_STATE,
    ...patientPatch(patient),
    depth: 0,
    compensate: false,
    view: 'side',
    camera: null,
  };
  const story: FigureState =
    patient.seatedIrDeg !== null ? own : { ...own, capsuleTightness: TIGHT_CAPSULE };
  if (pinchOnsetDepth(story) !== null) return story;
  return {
    ...DEFAULT_STATE,
    capsuleTightness: TIGHT_CAPSULE,
    depth: 0,
    compensate: false,
    camera: null,
  };
}

/** The steps for this patient (or for a model hip with a tight capsule when nobody was measured). */
export function guidedSteps(patient: PatientHip = NO_PATIENT): GuidedStep[] {
  const measured = patient.seatedIrDeg !== null;
  // The hip the story is about: the patient's when measured, else a model hip with a tight back of the capsule.
  const ownHip: Partial<FigureState> = { ...DEFAULT_STATE, ...patientPatch(patient) };
  const storyHip: Partial<FigureState> = measured
    ? ownHip
    : { ...ownHip, capsuleTightness: TIGHT_CAPSULE };
  const at = (base: Partial<FigureState>, patch: Partial<FigureState>): FigureState => ({
    ...DEFAULT_STATE,
    ...base,
    ...patch,
    camera: null,
  });
  const solve = (state: FigureState) => solveHip(modelInput(state));

  const steps: GuidedStep[] = [];
  const add = (
    id: string,
    chapter: string,
    title: string,
    state: FigureState,
    say: (hip: HipState) => string,
    goal = false,
  ) =>
    steps.push({
      id,
      kind: 'figure',
      chapter,
      title,
      state,
      sentence: say(solve(state)),
      words: 'model',
      goal,
    });

  const depthChapter = 'How deep';
  add(
    'standing',
    depthChapter,
    'Standing',
    at(ownHip, { depth: 0, view: 'side' }),
    () => 'Standing tall, the ball of the hip sits in the middle of its socket.',
  );
  add(
    'parallel',
    depthChapter,
    'Thighs parallel',
    at(ownHip, { depth: 0.5, view: 'side' }),
    (hip) =>
      `With the thighs level with the floor, the hip is bent about ${round(hip.hipFlexionDeg)}°.`,
  );
  // At the bottom the pelvis may tuck under, so the hip can bend less than at parallel even
  // though the thigh is closer to the trunk: the sentence says so whenever the model shows it.
  const parallelFlexionDeg = solve(at(ownHip, { depth: 0.5, view: 'side' })).hipFlexionDeg;
  add('deep', depthChapter, 'Deep squat', at(ownHip, { depth: 1, view: 'side' }), (hip) => {
    const bend =
      round(hip.hipFlexionDeg) < round(parallelFlexionDeg) &&
      hip.compensations.buttWinkDeg >= MOVE_FROM_DEG
        ? `At the bottom the hip bends about ${round(hip.hipFlexionDeg)}°, a little less than at parallel, because the pelvis tucks under`
        : `At the bottom the hip bends about ${round(hip.hipFlexionDeg)}°`;
    return hip.internalRotationRequiredDeg > 1
      ? `${bend}, and the thigh has to roll inward about ${round(hip.internalRotationRequiredDeg)}° to fit.`
      : `${bend}.`;
  });

  const capsuleChapter = 'The capsule';
  add(
    'typical',
    capsuleChapter,
    measured ? 'A typical hip, for comparison' : 'A typical hip',
    at(DEFAULT_STATE, { depth: 1, compensate: false, view: 'side' }),
    (hip) =>
      hip.contact === null
        ? `Held upright at the bottom, a typical hip keeps the neck of the thigh bone ${round1(hip.clearanceMm)} mm clear of the socket’s rim.`
        : `Held upright at the bottom, even a typical model hip brings the neck of the thigh bone to ${neckMeets(hip)}.`,
  );
  add(
    'tight',
    capsuleChapter,
    measured ? 'This patient’s hip' : 'A tight back of the capsule',
    at(storyHip, { depth: 0.75, compensate: false, view: 'side' }),
    (hip) => {
      // Model v2's capsule pulls the ball towards its taut fibres (back and down in the squat),
      // tight or not; the words give the model's pull and, where it is not forward, say that
      // the "tight back pushes the ball forward" picture is clinical opinion the model lacks.
      const glide = glideInWords(hip.headTranslationMm);
      const moves =
        glide === 'centred'
          ? 'leaves the ball centred as the hip bends'
          : `pulls the ball about ${round1(glideMm(hip.headTranslationMm))} mm ${glide} as the hip bends`;
      if (measured)
        return `Shaped by a seated inward roll of ${patient.seatedIrDeg}°, this model’s capsule is ${capsuleWords(hip)}, and it ${moves}.`;
      const opinion = glide.includes('forward')
        ? ''
        : '; many clinicians picture a tight back of the capsule pushing the ball forward, but this model does not show that';
      return `In this model a tight back of the capsule (the sleeve around the joint) ${moves}${opinion}.`;
    },
  );
  add(
    'pinch',
    capsuleChapter,
    'The pinch',
    at(storyHip, { depth: 1, compensate: false, view: 'side' }),
    (hip) =>
      hip.contact !== null
        ? `Held upright at the bottom, the neck meets ${neckMeets(hip)}: in this model that touch is what we call impingement, which many clinicians link to the pinch some people feel at the front of the hip (a touch at the end of a movement is common and is not the same as harm).`
        : `In this model the neck still clears the rim by ${round1(hip.clearanceMm)} mm at the bottom, so it shows no pinch.`,
  );

  // The story's hip beside a typical one on one slider, so the contrast is seen, not remembered.
  const pair = storyPair(patient);
  const sideBySide = compareStepState(patient, 1);
  steps.push({
    id: 'side-by-side',
    kind: 'figure',
    chapter: capsuleChapter,
    title: CLINIC_PAIRS[pair].title,
    state: sideBySide,
    sentence: compareStepSentence(pair, sideBySide, patient),
    words: 'model',
    goal: false,
    compare: pair,
  });

  const bodyChapter = 'What the body does';
  add(
    'butt-wink',
    bodyChapter,
    'The pelvis tucks under',
    at(storyHip, { depth: 1, compensate: true, view: 'side' }),
    (hip) =>
      hip.compensations.buttWinkDeg >= MOVE_FROM_DEG
        ? `To find room at the bottom, the pelvis tucks under by about ${round(hip.compensations.buttWinkDeg)}°: the “butt wink”.`
        : 'This hip has room at the bottom, so the pelvis hardly needs to tuck under.',
  );
  add(
    'knee-flare',
    bodyChapter,
    'The knees drift out',
    at(storyHip, { depth: 0.85, compensate: true, view: 'front' }),
    (hip) =>
      hip.compensations.kneeFlareDeg >= MOVE_FROM_DEG
        ? `Seen from the front, the knees drift out by about ${round(hip.compensations.kneeFlareDeg)}° to give the hip more room.`
        : 'Seen from the front, this hip has enough room that the knees can stay over the feet.',
  );

  const goal: Partial<FigureState> = measured
    ? {
        ...ownHip,
        seatedIrDeg: Math.min(RANGES.seatedIrDeg.max, patient.seatedIrDeg! + GOAL_EXTRA_IR_DEG),
      }
    : { ...ownHip, capsuleTightness: 1 };
  const goalState = at(goal, { depth: 1, compensate: true, view: 'side' });
  const extra = measured ? goal.seatedIrDeg! - patient.seatedIrDeg! : 0;
  // What the goal changes is the model's answer, said as it is, even when it is "little".
  const change = goalChange(solve(at(storyHip, { depth: 1, compensate: true })), solve(goalState));
  add(
    'train',
    'What we will train',
    'What we will train',
    goalState,
    () => {
      const plan = 'We will train more inward roll at the hip and more ankle bend';
      if (measured && extra <= 0)
        return `${plan}: the model shows no more than ${goal.seatedIrDeg}° of seated inward roll, so this is the same model hip.`;
      const what = measured
        ? `${extra}° more seated inward roll`
        : 'a typical back of the capsule instead of a tight one';
      return change.some
        ? `${plan}: in this model, ${what} ${change.words}, a direction to work in rather than a promise.`
        : `${plan}, a clinical plan; in this model, ${what} ${change.words}.`;
    },
    true,
  );

  steps.push({
    id: 'teach-back',
    kind: 'teach-back',
    chapter: 'Your turn',
    title: 'Show me what you understood',
    state: teachBackState(patient),
    sentence:
      'Move the slider to where this hip starts to pinch, then answer two questions. Nothing you answer is saved or sent anywhere.',
    words: 'model',
    goal: false,
  });
  return steps;
}
