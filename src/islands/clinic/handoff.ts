/**
 * What the presenter carries across the reload that takes a new version of the site: the
 * patient's numbers, the ticked drills and the teach-back answers. The step, the numbers
 * and the sequence are in the address too (clinicUrl.ts); this holds the rest for the
 * second the reload takes, in this tab's sessionStorage, and is deleted as soon as it is
 * read. It never leaves the device and is gone when the tab closes.
 */
import { RANGES, clampToRange, type Range } from '../../state/figureState';
import { DRILLS } from '../../state/drills';
import { KNEE_TO_WALL_RANGE_CM } from '../../state/kneeToWall';
import { NO_PATIENT, type PatientHip } from './patient';
import { NO_TEACH_BACK, QUESTIONS, type PinchVerdict, type TeachBackResult } from './teachBack';

const KEY = 'clinic-handoff';

export interface Handoff {
  patient: PatientHip;
  chosen: string[];
  teachBack: TeachBackResult;
  teachBackOnHandout: boolean;
}

export function saveHandoff(handoff: Handoff): boolean {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(handoff));
    return true;
  } catch {
    return false;
  }
}

const num = (value: unknown, range: Range): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? clampToRange(value, range) : null;

function readPatient(value: unknown): PatientHip {
  if (typeof value !== 'object' || value === null) return NO_PATIENT;
  const v = value as Record<string, unknown>;
  return {
    seatedIrDeg: num(v['seatedIrDeg'], RANGES.seatedIrDeg),
    ankleDorsiflexionDeg: num(v['ankleDorsiflexionDeg'], RANGES.ankleDorsiflexionDeg),
    kneeToWallCm: num(v['kneeToWallCm'], KNEE_TO_WALL_RANGE_CM),
    alphaDeg: num(v['alphaDeg'], RANGES.alphaDeg),
    lceDeg: num(v['lceDeg'], RANGES.lceDeg),
  };
}

const FLEXION: Range = { min: 0, max: 180, step: 0.01 };
const VERDICTS: readonly PinchVerdict[] = ['found', 'too-early', 'past'];

function readTeachBack(value: unknown): TeachBackResult {
  if (typeof value !== 'object' || value === null) return NO_TEACH_BACK;
  const v = value as { pinch?: unknown; answers?: unknown };
  const p = v.pinch as { depth?: unknown; verdict?: unknown; onsetFlexionDeg?: unknown } | null;
  const depth = p ? num(p.depth, RANGES.depth) : null;
  const onset = p ? num(p.onsetFlexionDeg, FLEXION) : null;
  const pinch =
    p && depth !== null && onset !== null && VERDICTS.includes(p.verdict as PinchVerdict)
      ? { depth, verdict: p.verdict as PinchVerdict, onsetFlexionDeg: onset }
      : null;
  const answers: Record<string, string> = {};
  const given = (typeof v.answers === 'object' && v.answers !== null ? v.answers : {}) as Record<
    string,
    unknown
  >;
  for (const q of QUESTIONS) {
    const id = given[q.id];
    if (q.choices.some((c) => c.id === id)) answers[q.id] = id as string;
  }
  return { pinch, answers };
}

/** Reads the handoff once (and deletes it); null when there is none or it cannot be read. */
export function takeHandoff(): Handoff | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  return raw === null ? null : readHandoff(raw);
}

/** A stored handoff, checked field by field: anything unexpected is dropped, nothing throws. */
export function readHandoff(raw: string): Handoff | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const drills = new Set(DRILLS.map((d) => d.id));
  return {
    patient: readPatient(v['patient']),
    chosen: Array.isArray(v['chosen'])
      ? v['chosen'].filter((id): id is string => typeof id === 'string' && drills.has(id))
      : [],
    teachBack: readTeachBack(v['teachBack']),
    teachBackOnHandout: v['teachBackOnHandout'] === true,
  };
}
