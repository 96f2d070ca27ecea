/**
 * The patient's hip as the clinician entered it: the measured seated internal rotation, the
 * ankle bend, and optionally an alpha angle and a centre-edge angle from an imaging report.
 * Each is null where nothing was entered. Every guided step then uses a model hip shaped by
 * these numbers, and the "not an image of you" tag says which ones. Pure: no React, no DOM.
 */
import { DEFAULT_STATE, type FigureState } from '../../state/figureState';
import { isTightCapsule } from '../../state/tightness';
import { shapeOf } from '../../state/figureState';

export interface PatientHip {
  /** Seated hip internal rotation, degrees (the test on the "measure" article). */
  seatedIrDeg: number | null;
  /** Ankle dorsiflexion (the shin's forward lean, heel down), degrees. */
  ankleDorsiflexionDeg: number | null;
  /**
   * The knee-to-wall distance it was converted from, cm (src/state/kneeToWall.ts), or null
   * when the bend was entered in degrees. Shown again to the clinician; the model uses degrees.
   */
  kneeToWallCm: number | null;
  /** Alpha angle from an imaging report (the model's head–neck offset), degrees. */
  alphaDeg: number | null;
  /** Lateral centre-edge angle from an imaging report (the model's socket cover), degrees. */
  lceDeg: number | null;
}

export const NO_PATIENT: PatientHip = {
  seatedIrDeg: null,
  ankleDorsiflexionDeg: null,
  kneeToWallCm: null,
  alphaDeg: null,
  lceDeg: null,
};

/** The patient's fields, each with the figure field it sets and its words on the tag. */
const FIELDS = [
  { key: 'seatedIrDeg', words: 'seated rotation' },
  { key: 'ankleDorsiflexionDeg', words: 'ankle bend' },
  { key: 'alphaDeg', words: 'alpha angle' },
  { key: 'lceDeg', words: 'centre-edge angle' },
] as const satisfies readonly { key: keyof PatientHip & keyof FigureState; words: string }[];

export function hasPatient(patient: PatientHip): boolean {
  return FIELDS.some(({ key }) => patient[key] !== null);
}

/** The patient's numbers as a patch of figure state (nothing for what was not entered). */
export function patientPatch(patient: PatientHip): Partial<FigureState> {
  const patch: Partial<FigureState> = {};
  for (const { key } of FIELDS) {
    const value = patient[key];
    if (value !== null) patch[key] = value;
  }
  return patch;
}

/** The patient's own model hip: the typical model with the entered numbers. */
export function patientState(patient: PatientHip): FigureState {
  return { ...DEFAULT_STATE, ...patientPatch(patient), camera: null };
}

/**
 * A patient from the state a "Present" link brought: a measured rotation, and an ankle that
 * is not the default. The bone shape of a figure (a cam preset, say) is the figure's, not
 * an imaging report's, so it is not taken as the patient's.
 */
export function patientFromLink(state: FigureState): PatientHip {
  return {
    ...NO_PATIENT,
    seatedIrDeg: state.seatedIrDeg,
    ankleDorsiflexionDeg:
      state.ankleDorsiflexionDeg !== DEFAULT_STATE.ankleDorsiflexionDeg
        ? state.ankleDorsiflexionDeg
        : null,
  };
}

/** A patient from the presenter's own address, which writes every entered number (see clinicUrl.ts; it adds the knee-to-wall distance). */
export function patientFromSession(state: FigureState): PatientHip {
  const differs = <K extends 'ankleDorsiflexionDeg' | 'alphaDeg' | 'lceDeg'>(key: K) =>
    state[key] !== DEFAULT_STATE[key] ? state[key] : null;
  return {
    seatedIrDeg: state.seatedIrDeg,
    ankleDorsiflexionDeg: differs('ankleDorsiflexionDeg'),
    kneeToWallCm: null,
    alphaDeg: differs('alphaDeg'),
    lceDeg: differs('lceDeg'),
  };
}

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The "not an image of you" tag for a state: which numbers shaped the model, if any.
 * e.g. "A model shaped by the patient’s seated rotation of 18°, not an image of their hip".
 * On the handout the patient reads it: "…shaped by your seated rotation of 18°, not an image
 * of your hip". A state that uses the patient's numbers only in part (the goal, with more
 * rotation than measured) says "a seated rotation of 28°" instead of claiming it as theirs.
 */
export function modelTagFor(
  state: FigureState,
  patient: PatientHip,
  reader: 'clinician' | 'patient' = 'clinician',
): string {
  const theirHip = reader === 'patient' ? 'your hip' : 'the patient’s hip';
  // The numbers of this state that came from the clinician: the rotation whenever it is set
  // (the model is then shaped by it), the others when they are the patient's.
  const used = FIELDS.filter(({ key }) =>
    key === 'seatedIrDeg'
      ? state.seatedIrDeg !== null
      : patient[key] !== null && state[key] === patient[key],
  );
  if (used.length === 0) {
    const which =
      state.seatedIrDeg === null && isTightCapsule(state.capsuleTightness)
        ? 'A model hip with a tight back of the capsule'
        : shapeOf(state) === 'cam'
          ? 'A model hip with a cam shape'
          : shapeOf(state) === 'pincer'
            ? 'A model hip with a deep socket'
            : 'A typical model hip';
    return `${which}, not an image of ${theirHip}`;
  }
  const all = used.every(({ key }) => state[key] === patient[key]);
  const parts = used.map(({ key, words }) => `${words} of ${state[key]}°`);
  if (all) {
    const whose = reader === 'patient' ? 'your' : 'the patient’s';
    const their = reader === 'patient' ? 'your' : 'their';
    return `A model shaped by ${whose} ${listInWords(parts)}, not an image of ${their} hip`;
  }
  return `A model shaped by a ${listInWords(parts)}, not an image of ${theirHip}`;
}
