/**
 * A figure's state ⇄ URL query parameters, e.g. `?fig=squat&depth=0.8&ir=15&view=side&v=1`.
 *
 * Writing: every field that differs from DEFAULT_STATE, plus depth and the model version
 * `v`, so a link is short and still exact. Reading: a link that carries `v` was written by
 * the site and is complete relative to DEFAULT_STATE; a hand-written link without `v`
 * layers its parameters on the figure's own preset (`/viz/cam/?depth=0.7`).
 *
 * Nothing in a URL can throw here or reach the page as markup: unknown parameters are
 * ignored, each value must match a strict pattern, numbers are clamped to RANGES, and a
 * value that fails falls back to the base state. With repeated keys the first one counts.
 */
import {
  DEFAULT_STATE,
  RANGES,
  SHAPES,
  VIEWS,
  clampToRange,
  type CameraState,
  type FigureState,
  type Range,
  type ViewName,
} from './figureState';
import { TIGHT_CAPSULE } from './presets';

export interface ParsedUrl {
  state: FigureState;
  /** Which figure on the page the parameters are for, if they say. */
  figureId: string | null;
  /** The link said anything about a figure's state at all. */
  hasState: boolean;
  /** The model version the link was made with, when it differs from the current one. */
  staleVersion: number | null;
}

const NUMBER = /^-?\d{1,6}(\.\d{1,6})?$/;
const FIGURE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const STATE_KEYS = [
  'depth',
  'ir',
  'capsule',
  'alpha',
  'lce',
  'shape',
  'ankle',
  'turnout',
  'comp',
  'view',
  'cam',
];

function readNumber(raw: string | null, range: Range): number | undefined {
  if (raw === null || !NUMBER.test(raw.trim())) return undefined;
  const value = clampToRange(Number(raw.trim()), range);
  return Number.isNaN(value) ? undefined : value;
}

function readCamera(raw: string | null): CameraState | null | undefined {
  if (raw === null) return undefined;
  if (raw === 'default') return null;
  const parts = raw.split(',');
  if (parts.length !== 3) return undefined;
  const [az, el, zoom] = [
    readNumber(parts[0] ?? null, RANGES.azimuthDeg),
    readNumber(parts[1] ?? null, RANGES.elevationDeg),
    readNumber(parts[2] ?? null, RANGES.zoom),
  ];
  if (az === undefined || el === undefined || zoom === undefined) return undefined;
  return { azimuthDeg: az, elevationDeg: el, zoom };
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
  const get = (key: string) => params.get(key);
  const versionRaw = get('v');
  const version = versionRaw !== null && /^\d{1,4}$/.test(versionRaw) ? Number(versionRaw) : null;
  const state: FigureState = { ...(version !== null ? DEFAULT_STATE : base) };

  const depth = readNumber(get('depth'), RANGES.depth);
  if (depth !== undefined) state.depth = depth;

  const ir = get('ir');
  if (ir === 'typical') state.seatedIrDeg = null;
  else {
    const irDeg = readNumber(ir, RANGES.seatedIrDeg);
    if (irDeg !== undefined) state.seatedIrDeg = irDeg;
  }

  const capsule = get('capsule');
  if (capsule === 'typical') state.capsuleTightness = 1;
  else if (capsule === 'tight') state.capsuleTightness = TIGHT_CAPSULE;
  else {
    const tightness = readNumber(capsule, RANGES.capsuleTightness);
    if (tightness !== undefined) state.capsuleTightness = tightness;
  }

  const shape = get('shape');
  if (shape !== null && Object.hasOwn(SHAPES, shape))
    Object.assign(state, SHAPES[shape as keyof typeof SHAPES]);
  const alpha = readNumber(get('alpha'), RANGES.alphaDeg);
  if (alpha !== undefined) state.alphaDeg = alpha;
  const lce = readNumber(get('lce'), RANGES.lceDeg);
  if (lce !== undefined) state.lceDeg = lce;

  const ankle = readNumber(get('ankle'), RANGES.ankleDorsiflexionDeg);
  if (ankle !== undefined) state.ankleDorsiflexionDeg = ankle;
  const turnOut = readNumber(get('turnout'), RANGES.footTurnOutDeg);
  if (turnOut !== undefined) state.footTurnOutDeg = turnOut;

  const comp = get('comp');
  if (comp === '1' || comp === 'on') state.compensate = true;
  if (comp === '0' || comp === 'off') state.compensate = false;

  const view = get('view');
  if (view !== null && (VIEWS as readonly string[]).includes(view)) state.view = view as ViewName;

  const camera = readCamera(get('cam'));
  if (camera !== undefined) state.camera = camera;

  const fig = get('fig');
  return {
    state,
    figureId: fig !== null && FIGURE_ID.test(fig) ? fig : null,
    hasState: version !== null || STATE_KEYS.some((k) => params.has(k)),
    staleVersion: version !== null && version !== currentVersion ? version : null,
  };
}

const round = (value: number, range: Range) => String(clampToRange(value, range));

/** Writes a figure's state as query parameters (see the header for what is written). */
export function serializeState(
  state: FigureState,
  figureId: string | null,
  version: number,
): URLSearchParams {
  const params = new URLSearchParams();
  if (figureId !== null && FIGURE_ID.test(figureId)) params.set('fig', figureId);
  params.set('depth', round(state.depth, RANGES.depth));
  if (state.seatedIrDeg !== null) params.set('ir', round(state.seatedIrDeg, RANGES.seatedIrDeg));
  if (state.capsuleTightness !== DEFAULT_STATE.capsuleTightness)
    params.set('capsule', round(state.capsuleTightness, RANGES.capsuleTightness));
  if (state.alphaDeg !== DEFAULT_STATE.alphaDeg)
    params.set('alpha', round(state.alphaDeg, RANGES.alphaDeg));
  if (state.lceDeg !== DEFAULT_STATE.lceDeg) params.set('lce', round(state.lceDeg, RANGES.lceDeg));
  if (state.ankleDorsiflexionDeg !== DEFAULT_STATE.ankleDorsiflexionDeg)
    params.set('ankle', round(state.ankleDorsiflexionDeg, RANGES.ankleDorsiflexionDeg));
  if (state.footTurnOutDeg !== DEFAULT_STATE.footTurnOutDeg)
    params.set('turnout', round(state.footTurnOutDeg, RANGES.footTurnOutDeg));
  if (state.compensate !== DEFAULT_STATE.compensate)
    params.set('comp', state.compensate ? 'on' : 'off');
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.camera !== null) {
    const c = state.camera;
    params.set(
      'cam',
      [
        round(c.azimuthDeg, RANGES.azimuthDeg),
        round(c.elevationDeg, RANGES.elevationDeg),
        round(c.zoom, RANGES.zoom),
      ].join(','),
    );
  }
  params.set('v', String(version));
  return params;
}

/** Snaps every number of a state to its range and step, as a written link would. */
export function normalizeState(state: FigureState): FigureState {
  return parseState(serializeState(state, null, 0), DEFAULT_STATE, 0).state;
}
