/**
 * A figure's state ⇄ URL query parameters, e.g. `?fig=squat&depth=0.8&ir=15&view=side&v=1`.
 * Every field is read and written by the one table FIELDS (src/state/figureState.ts): its
 * parameter, its range and the words it accepts. This file only knows the three kinds of
 * field (a number, a word, the camera), the shortcuts (`shape=cam`), `fig` and `v`.
 *
 * Writing: every field that differs from DEFAULT_STATE, plus depth and the model version
 * `v`, so a link is short and still exact. Reading: a link that carries `v` was written by
 * the site and is complete relative to DEFAULT_STATE; a hand-written link without `v`
 * layers its parameters on the figure's own preset (`/viz/cam/?depth=0.7`).
 *
 * Nothing in a URL can throw here or reach the page as markup: unknown parameters are
 * ignored, each value must match a strict pattern or be one of its field's words, numbers
 * are clamped to their range, and a value that fails falls back to the base state. With
 * repeated keys the first one counts.
 */
import {
  DEFAULT_STATE,
  FIELDS,
  FIELD_KEYS,
  SHORTCUTS,
  clampToRange,
  sameValue,
  type CameraField,
  type CameraState,
  type FigureState,
  type NumberField,
  type Range,
  type WordField,
} from './figureState';

export interface ParsedUrl {
  state: FigureState;
  /** Which figure on the page the parameters are for, if they say. */
  figureId: string | null;
  /** The link said anything about a figure's state at all. */
  hasState: boolean;
  /** The model version the link was made with, when it differs from the current one. */
  staleVersion: number | null;
}

/** One field of the table, as this codec sees it (the table's types are stricter). */
type AnyField = NumberField<number | null> | WordField<unknown> | CameraField;
const fieldOf = (key: keyof FigureState) => FIELDS[key] as AnyField;

const NUMBER = /^-?\d{1,6}(\.\d{1,6})?$/;
const FIGURE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const VERSION = /^\d{1,4}$/;
/** The parameters that say something about a figure's state. */
export const STATE_PARAMS: readonly string[] = [
  ...FIELD_KEYS.map((k) => FIELDS[k].param),
  ...Object.keys(SHORTCUTS),
];

function readNumber(raw: string | undefined, range: Range): number | undefined {
  if (raw === undefined || !NUMBER.test(raw.trim())) return undefined;
  const value = clampToRange(Number(raw.trim()), range);
  return Number.isNaN(value) ? undefined : value;
}

/** The value a word stands for; a lookup in a list, so `__proto__` is just an unknown word. */
function readWord<V>(raw: string, words: readonly (readonly [string, V])[] | undefined) {
  return words?.find(([word]) => word === raw);
}

function readCamera(raw: string, parts: CameraField['parts']): CameraState | undefined {
  const values = raw.split(',');
  if (values.length !== 3) return undefined;
  const [azimuthDeg, elevationDeg, zoom] = [
    readNumber(values[0], parts.azimuthDeg),
    readNumber(values[1], parts.elevationDeg),
    readNumber(values[2], parts.zoom),
  ];
  if (azimuthDeg === undefined || elevationDeg === undefined || zoom === undefined)
    return undefined;
  return { azimuthDeg, elevationDeg, zoom };
}

/** A field's value from its parameter, or undefined when the value is not valid. */
function readField(field: AnyField, raw: string): { value: unknown } | undefined {
  const word = readWord<unknown>(raw, field.words);
  if (word) return { value: word[1] };
  if (field.kind === 'word') return undefined;
  const value =
    field.kind === 'number' ? readNumber(raw, field.range) : readCamera(raw, field.parts);
  return value === undefined ? undefined : { value };
}

/** A field's parameter value, or null when the link leaves it out. */
function writeField(field: AnyField, value: unknown, fallback: unknown): string | null {
  const always = field.kind === 'number' && field.always === true;
  if (!always && sameValue(value, fallback)) return null;
  if (field.kind === 'number' && typeof value === 'number')
    return String(clampToRange(value, field.range));
  if (field.kind === 'camera' && value !== null) {
    const c = value as CameraState;
    const { parts } = field;
    return [
      clampToRange(c.azimuthDeg, parts.azimuthDeg),
      clampToRange(c.elevationDeg, parts.elevationDeg),
      clampToRange(c.zoom, parts.zoom),
    ].join(',');
  }
  return field.words?.find(([, v]) => v === value)?.[0] ?? null;
}

/** Reads a figure's state from query parameters; never throws. */
export function parseState(
  search: string | URLSearchParams,
  base: FigureState,
  currentVersion: number,
): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    params = new URLSearchParams();
  }
  const versionRaw = params.get('v');
  const version = versionRaw !== null && VERSION.test(versionRaw) ? Number(versionRaw) : null;
  const state: FigureState = { ...(version !== null ? DEFAULT_STATE : base) };

  for (const [param, patches] of Object.entries(SHORTCUTS)) {
    const raw = params.get(param);
    if (raw !== null && Object.hasOwn(patches, raw)) Object.assign(state, patches[raw]);
  }
  for (const key of FIELD_KEYS) {
    const field = fieldOf(key);
    const raw = params.get(field.param);
    const read = raw === null ? undefined : readField(field, raw);
    if (read) Object.assign(state, { [key]: read.value });
  }

  const fig = params.get('fig');
  return {
    state,
    figureId: fig !== null && FIGURE_ID.test(fig) ? fig : null,
    hasState: version !== null || STATE_PARAMS.some((p) => params.has(p)),
    staleVersion: version !== null && version !== currentVersion ? version : null,
  };
}

/** Writes a figure's state as query parameters (see the header for what is written). */
export function serializeState(
  state: FigureState,
  figureId: string | null,
  version: number,
): URLSearchParams {
  const params = new URLSearchParams();
  if (figureId !== null && FIGURE_ID.test(figureId)) params.set('fig', figureId);
  for (const key of FIELD_KEYS) {
    const field = fieldOf(key);
    const written = writeField(field, state[key], DEFAULT_STATE[key]);
    if (written !== null) params.set(field.param, written);
  }
  params.set('v', String(version));
  return params;
}

/** Snaps every number of a state to its range and step, as a written link would. */
export function normalizeState(state: FigureState): FigureState {
  return parseState(serializeState(state, null, 0), DEFAULT_STATE, 0).state;
}
