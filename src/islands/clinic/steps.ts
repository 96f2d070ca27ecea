/**
 * The presenter's guided steps: standing → parallel → deep; a typical hip → a tight back of
 * the capsule → the pinch; what the body does instead; what we will train. Each step is a
 * whole figure state and one plain sentence.
 *
 * The sentences are written from the model's own answer for the step's state (does the neck
 * meet the rim? does the pelvis tuck under?), so that a patient's hip that has room at the
 * bottom is never told it pinches. Pure: no React, no DOM.
 */
import { solveHip, type HipState } from '../../model';
import { glideInWords, round, round1 } from '../../state/describe';
import { DEFAULT_STATE, RANGES, shapeOf, type FigureState } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';
import { TIGHT_CAPSULE } from '../../state/presets';
import { isTightCapsule, tightnessKind } from '../../state/tightness';

/** What the clinician measured; null where they did not. */
export interface PatientHip {
  /** Seated hip internal rotation, degrees (the test on the "measure" article). */
  seatedIrDeg: number | null;
  /** Ankle dorsiflexion (knee-to-wall bend), degrees. */
  ankleDorsiflexionDeg: number | null;
}

export const NO_PATIENT: PatientHip = { seatedIrDeg: null, ankleDorsiflexionDeg: null };

export interface GuidedStep {
  id: string;
  /** The part of the story the step belongs to. */
  chapter: string;
  title: string;
  state: FigureState;
  /** One plain sentence, true of the model in this state. */
  sentence: string;
}

/** The goal step shows the patient's model hip with this much more seated rotation. */
export const GOAL_EXTRA_IR_DEG = 10;
const MOVE_FROM_DEG = 2;

export function hasPatient(patient: PatientHip): boolean {
  return patient.seatedIrDeg !== null || patient.ankleDorsiflexionDeg !== null;
}

/** The patient's numbers as a patch of figure state (nothing when not measured). */
export function patientPatch(patient: PatientHip): Partial<FigureState> {
  const patch: Partial<FigureState> = {};
  if (patient.seatedIrDeg !== null) patch.seatedIrDeg = patient.seatedIrDeg;
  if (patient.ankleDorsiflexionDeg !== null)
    patch.ankleDorsiflexionDeg = patient.ankleDorsiflexionDeg;
  return patch;
}

/** Reads a patient's numbers back from a shared state: a measured rotation, an ankle that is not the default. */
export function patientFromState(state: FigureState): PatientHip {
  return {
    seatedIrDeg: state.seatedIrDeg,
    ankleDorsiflexionDeg:
      state.ankleDorsiflexionDeg !== DEFAULT_STATE.ankleDorsiflexionDeg
        ? state.ankleDorsiflexionDeg
        : null,
  };
}

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
  ) => steps.push({ id, chapter, title, state, sentence: say(solve(state)) });

  const depthChapter = 'How deep';
  add(
    'standing',
    depthChapter,
    'Standing',
    at(ownHip, { depth: 0, view: 'side' }),
    () =>
      'Standing tall, the ball of the hip sits in the middle of its socket and the capsule around it is relaxed.',
  );
  add(
    'parallel',
    depthChapter,
    'Thighs parallel',
    at(ownHip, { depth: 0.5, view: 'side' }),
    (hip) =>
      `With the thighs level with the floor, the hip is bent about ${round(hip.hipFlexionDeg)}°.`,
  );
  add('deep', depthChapter, 'Deep squat', at(ownHip, { depth: 1, view: 'side' }), (hip) =>
    hip.internalRotationRequiredDeg > 1
      ? `At the bottom the hip bends about ${round(hip.hipFlexionDeg)}°, and the thigh has to roll inward about ${round(hip.internalRotationRequiredDeg)}° to fit.`
      : `At the bottom the hip bends about ${round(hip.hipFlexionDeg)}°, the deepest bend of the squat.`,
  );

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
      const glide = glideInWords(hip.headTranslationMm);
      const moves =
        glide === 'centred'
          ? 'the ball stays centred as the hip bends'
          : `it nudges the ball ${glide} as the hip bends`;
      return measured
        ? `Shaped by a seated inward roll of ${patient.seatedIrDeg}°, this model’s capsule is ${capsuleWords(hip)}, and ${moves}.`
        : `When the back of the capsule (the sleeve around the joint) is tight, ${moves}.`;
    },
  );
  add(
    'pinch',
    capsuleChapter,
    'The pinch',
    at(storyHip, { depth: 1, compensate: false, view: 'side' }),
    (hip) =>
      hip.contact !== null
        ? `Held upright at the bottom, the neck meets ${neckMeets(hip)}: that meeting is the pinch people feel at the front of the hip.`
        : `In this model the neck still clears the rim by ${round1(hip.clearanceMm)} mm at the bottom, so it shows no pinch.`,
  );

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
  add(
    'train',
    'What we will train',
    'What we will train',
    at(goal, { depth: 1, compensate: true, view: 'side' }),
    (hip) => {
      const shown = measured
        ? `this is the same model with ${goal.seatedIrDeg! - patient.seatedIrDeg!}° more inward roll, a direction to work in rather than a promise`
        : hip.contact === null
          ? 'a hip with that room reaches the bottom with the neck clear of the rim'
          : 'that room lets the hip reach the bottom with less help from the pelvis and knees';
      return `We will train more inward roll at the hip and more ankle bend: ${shown}.`;
    },
  );
  return steps;
}

/**
 * The "not an image of you" tag for a state: which measurement shaped the model, if any.
 * e.g. "A model shaped by the patient’s seated rotation of 18°, not an image of their hip".
 * On the handout the patient reads it: "…shaped by your seated rotation of 18°, not an image of your hip".
 */
export function modelTagFor(
  state: FigureState,
  patient: PatientHip,
  reader: 'clinician' | 'patient' = 'clinician',
): string {
  const theirHip = reader === 'patient' ? 'your hip' : 'the patient’s hip';
  if (state.seatedIrDeg === null) {
    const which = isTightCapsule(state.capsuleTightness)
      ? 'A model hip with a tight back of the capsule'
      : shapeOf(state) === 'typical'
        ? 'A typical model hip'
        : 'A model hip';
    return `${which}, not an image of ${theirHip}`;
  }
  const ankle =
    patient.ankleDorsiflexionDeg !== null &&
    state.ankleDorsiflexionDeg === patient.ankleDorsiflexionDeg
      ? ` and ankle bend of ${patient.ankleDorsiflexionDeg}°`
      : '';
  if (state.seatedIrDeg === patient.seatedIrDeg) {
    const whose = reader === 'patient' ? 'your' : 'the patient’s';
    return `A model shaped by ${whose} seated rotation of ${state.seatedIrDeg}°${ankle}, not an image of ${reader === 'patient' ? 'your' : 'their'} hip`;
  }
  return `A model shaped by a seated rotation of ${state.seatedIrDeg}°${ankle}, not an image of ${theirHip}`;
}
