/**
 * The presenter's address, read once on load and written as the session moves on.
 *
 * Three kinds of link open the presenter:
 * - a "Present" link from a figure (`?depth=0.8&ir=15&v=1`): the presenter first shows that
 *   view, and Next starts the steps. A link whose every value was rejected (`?depth=abc`,
 *   `?view=bogus`) has brought no view: the steps start at step 1.
 * - a sequence link (`?seq=1&step=…`, see sequenceUrl.ts): the clinician's own steps, from
 *   step 1. A broken one falls back to the built-in steps, with a calm note.
 * - the presenter's own address while in use: `at` (the step, from 1), the patient's numbers
 *   and the sequence, so that a reload (or taking a new version of the site) comes back to
 *   the same step with the same numbers.
 * Pure: no React, no DOM.
 */
import { MODEL_VERSION } from '../../model';
import {
  DEFAULT_STATE,
  FIELDS,
  FIELD_KEYS,
  RANGES,
  clampToRange,
  sameValue,
  type FigureState,
} from '../../state/figureState';
import { readKneeToWall } from '../../state/kneeToWall';
import { STATE_PARAMS, parseState, serializeState } from '../../state/url';
import { patientFromLink, patientFromSession, patientState, type PatientHip } from './patient';
import { BUILT_IN_SEQUENCE, type Sequence } from './sequence';
import { readSequence, writeSequence, type SequenceRead } from './sequenceUrl';

export interface ClinicAddress {
  /** The view a "Present" link brought, or null when the presenter starts on its steps. */
  brought: FigureState | null;
  /** The link was made with another model version (its number), for a calm note. */
  staleVersion: number | null;
  patient: PatientHip;
  sequence: Sequence;
  /** Why the link's sequence could not be read (the built-in steps are shown instead). */
  sequenceProblem: Extract<SequenceRead, { kind: 'broken' }>['reason'] | null;
  /** The step to start on, from 0 (already within the sequence). */
  start: number;
}

const AT = /^\d{1,2}$/;
const CM = /^\d{1,2}(\.\d)?$/;

/** The knee-to-wall distance the session wrote, kept only when it still gives the ankle bend in the link. */
function kneeToWallOf(raw: string | null, ankleDeg: number | null): number | null {
  if (raw === null || ankleDeg === null || !CM.test(raw)) return null;
  const reading = readKneeToWall(Number(raw));
  if (!reading || reading.clamped) return null;
  return clampToRange(reading.dorsiflexionDeg, RANGES.ankleDorsiflexionDeg) === ankleDeg
    ? reading.distanceCm
    : null;
}

const sameState = (a: FigureState, b: FigureState) =>
  FIELD_KEYS.every((key) => sameValue(a[key], b[key]));

/** A state unlike the default in every field, built from the table of fields. */
const UNLIKE = Object.fromEntries(
  FIELD_KEYS.map((key) => {
    const field = FIELDS[key];
    const fallback = DEFAULT_STATE[key];
    if (field.kind === 'number')
      return [key, fallback === field.range.min ? field.range.max : field.range.min];
    if (field.kind === 'camera') {
      const { azimuthDeg, elevationDeg, zoom } = field.parts;
      return [key, { azimuthDeg: azimuthDeg.min, elevationDeg: elevationDeg.min, zoom: zoom.min }];
    }
    return [key, field.words.find(([, value]) => !sameValue(value, fallback))![1]];
  }),
) as unknown as FigureState;

/**
 * Whether a link's state parameters were read at all: each alone must move the default
 * state or one unlike it in every field (a value equal to one cannot equal the other).
 * `?depth=abc` or `?view=bogus` read nothing; `?depth=0.5` reads the default's own depth.
 */
function readsAnything(params: URLSearchParams): boolean {
  return STATE_PARAMS.some((param) => {
    const raw = params.get(param);
    if (raw === null) return false;
    const alone = new URLSearchParams([[param, raw]]);
    return (
      !sameState(parseState(alone, DEFAULT_STATE, MODEL_VERSION).state, DEFAULT_STATE) ||
      !sameState(parseState(alone, UNLIKE, MODEL_VERSION).state, UNLIKE)
    );
  });
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

function sessionPatient(state: FigureState, ktw: string | null): PatientHip {
  const patient = patientFromSession(state);
  return { ...patient, kneeToWallCm: kneeToWallOf(ktw, patient.ankleDorsiflexionDeg) };
}

export function readClinicAddress(search: string): ClinicAddress {
  const params = safeParams(search);
  const parsed = parseState(params, DEFAULT_STATE, MODEL_VERSION);
  const read = readSequence(params);
  const sequence = read.kind === 'ok' ? read.sequence : BUILT_IN_SEQUENCE;
  const atRaw = params.get('at');
  const session = atRaw !== null;
  const at = atRaw !== null && AT.test(atRaw) ? Number(atRaw) : 1;
  const start = Math.min(sequence.steps.length, Math.max(1, at)) - 1;
  const brought = !session && read.kind === 'none' && readsAnything(params) ? parsed.state : null;
  return {
    brought,
    staleVersion: brought ? parsed.staleVersion : null,
    patient: session
      ? sessionPatient(parsed.state, params.get('ktw'))
      : patientFromLink(parsed.state),
    sequence,
    sequenceProblem: read.kind === 'broken' ? read.reason : null,
    start: brought ? 0 : start,
  };
}

/** The address while the presenter shows a brought view: that view's state, as any figure writes it. */
export function broughtSearch(state: FigureState): string {
  return serializeState(state, null, MODEL_VERSION).toString();
}

/** The address while the presenter shows step `index` (from 0) of a sequence for a patient. */
export function sessionSearch(sequence: Sequence, patient: PatientHip, index: number): string {
  const params = new URLSearchParams({ at: String(index + 1) });
  const own = serializeState(patientState(patient), null, MODEL_VERSION);
  own.delete('depth');
  for (const [key, value] of own) params.append(key, value);
  if (patient.kneeToWallCm !== null) params.set('ktw', String(patient.kneeToWallCm));
  writeSequence(sequence, params);
  return params.toString();
}

/** A link to a sequence alone, for sharing: no patient's numbers, opens on step 1. */
export function sequenceSearch(sequence: Sequence): string {
  return writeSequence(sequence).toString();
}
