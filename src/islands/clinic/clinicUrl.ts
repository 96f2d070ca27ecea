/**
 * The presenter's address, read once on load and written as the session moves on.
 *
 * Three kinds of link open the presenter:
 * - a "Present" link from a figure (`?depth=0.8&ir=15&v=1`): the presenter first shows that
 *   view, and Next starts the steps. A link that changes nothing (every value rejected, as in
 *   `?depth=abc` or `?view=bogus`, or only defaults) has brought no view: the steps start.
 * - a sequence link (`?seq=1&step=…`, see sequenceUrl.ts): the clinician's own steps, from
 *   step 1. A broken one falls back to the built-in steps, with a calm note.
 * - the presenter's own address while in use: `at` (the step, from 1), the patient's numbers
 *   and the sequence, so that a reload (or taking a new version of the site) comes back to
 *   the same step with the same numbers.
 * Pure: no React, no DOM.
 */
import { MODEL_VERSION } from '../../model';
import { DEFAULT_STATE, RANGES, clampToRange, type FigureState } from '../../state/figureState';
import { readKneeToWall } from '../../state/kneeToWall';
import { parseState, serializeState } from '../../state/url';
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
  serializeState(a, null, MODEL_VERSION).toString() ===
  serializeState(b, null, MODEL_VERSION).toString();

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
  const brought =
    !session && read.kind === 'none' && parsed.hasState && !sameState(parsed.state, DEFAULT_STATE)
      ? parsed.state
      : null;
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
