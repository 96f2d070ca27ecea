/**
 * The state of one hip figure: everything a reader can set, and nothing derived from it.
 * The model turns this into a pose (src/state/modelInput.ts); the URL is a view of it
 * (src/state/url.ts). Units: degrees, and squat depth as the model's 0–1 scale.
 */
import { DEFAULT_PARAMETERS, PARAMETER_RANGES } from '../model/parameters';

export const VIEWS = ['side', 'front', 'socket', 'body', 'joint'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Orbit of the 3D camera around the joint; null means "the view's own camera". */
export interface CameraState {
  azimuthDeg: number;
  elevationDeg: number;
  /** 1 = the view's default distance; larger is closer. */
  zoom: number;
}

export interface FigureState {
  /** 0 standing, 0.5 thighs parallel to the floor, 1 full depth (the model's scale). */
  depth: number;
  /**
   * The reader's measured seated hip internal rotation. When set, the model finds the
   * posterior capsule tightness that reproduces it and `capsuleTightness` is ignored.
   */
  seatedIrDeg: number | null;
  /** Posterior capsule tightness, 1 = typical; used when `seatedIrDeg` is null. */
  capsuleTightness: number;
  /** Head–neck offset (alpha angle): about 45° is typical, 60° or more is a cam shape. */
  alphaDeg: number;
  /** Lateral centre-edge angle of the socket: about 28° is typical, 40° or more is a deep (pincer) socket. */
  lceDeg: number;
  ankleDorsiflexionDeg: number;
  footTurnOutDeg: number;
  /** Distance between the two ankle centres, in millimetres. */
  stanceWidthMm: number;
  /** Whether the body may compensate (knee flare, butt wink, back arching) or holds the textbook posture. */
  compensate: boolean;
  view: ViewName;
  camera: CameraState | null;
}

/** One range per numeric field: the controls, the URL parser and the clamp all read it. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

const fromModel = ({ min, max, step }: Range): Range => ({ min, max, step });

/**
 * The site's "tight back of the capsule" (1 is typical): the tightness the model maps a seated
 * inward turn of 20° to (t ≈ 2.9, docs/model.md "Assumptions"), rounded to 3, which leaves the
 * model a seated inward turn of about 19°. 20° is where Agricola et al. 2013 call internal
 * rotation decreased ("≤20°", docs/sources.md agricola2013), against a clinical mean of about 38°.
 * Taken from that measurement, not from what the figures show with it.
 */
export const TIGHT_CAPSULE = 3;

/** Words a person may type for a field, each with the value it stands for. */
type Words<V> = readonly (readonly [word: string, value: V])[];

/** A number (or "not given", null) in a link: clamped to its range and snapped to its step. */
export interface NumberField<V extends number | null> {
  kind: 'number';
  /** Its URL parameter. */
  param: string;
  range: Range;
  words?: Words<V>;
  /** A jump glides rather than snaps (src/islands/useEased.ts); only for a field that is always a number. */
  eased?: null extends V ? never : boolean;
  /** Written in every link, even at its default. */
  always?: boolean;
}

/** A field written as one of a few words; the first word for a value is the one written. */
export interface WordField<V> {
  kind: 'word';
  param: string;
  words: Words<V>;
}

/** The camera: three numbers, `cam=azimuth,elevation,zoom`, or a word for the view's own camera. */
export interface CameraField {
  kind: 'camera';
  param: string;
  parts: { [P in keyof CameraState]: Range };
  words: Words<null>;
}

type FieldFor<V> = [V] extends [number | null]
  ? NumberField<V>
  : [V] extends [CameraState | null]
    ? CameraField
    : WordField<V>;

/**
 * The one table of a figure's fields: how each is named in a link, its range and the words
 * it accepts. Parsing, writing and validating links (src/state/url.ts), the easing
 * (src/islands/useEased.ts) and `RANGES` all read it; the type makes every field of
 * FigureState appear here exactly once. Links are written in this order.
 */
export const FIELDS: { readonly [K in keyof FigureState]: FieldFor<FigureState[K]> } = {
  depth: {
    kind: 'number',
    param: 'depth',
    range: { min: 0, max: 1, step: 0.01 },
    eased: true,
    always: true,
  },
  seatedIrDeg: {
    kind: 'number',
    param: 'ir',
    range: fromModel(PARAMETER_RANGES.seatedInternalRotationDeg),
    words: [['typical', null]],
  },
  capsuleTightness: {
    kind: 'number',
    param: 'capsule',
    range: fromModel(PARAMETER_RANGES.posteriorCapsuleTightness),
    words: [
      ['typical', 1],
      ['tight', TIGHT_CAPSULE],
    ],
    eased: true,
  },
  alphaDeg: {
    kind: 'number',
    param: 'alpha',
    range: fromModel(PARAMETER_RANGES.alphaAngleDeg),
    eased: true,
  },
  lceDeg: {
    kind: 'number',
    param: 'lce',
    range: fromModel(PARAMETER_RANGES.lateralCenterEdgeDeg),
    eased: true,
  },
  ankleDorsiflexionDeg: {
    kind: 'number',
    param: 'ankle',
    range: fromModel(PARAMETER_RANGES.ankleDorsiflexionDeg),
    eased: true,
  },
  footTurnOutDeg: {
    kind: 'number',
    param: 'turnout',
    range: fromModel(PARAMETER_RANGES.footTurnOutDeg),
    eased: true,
  },
  stanceWidthMm: {
    kind: 'number',
    param: 'stance',
    range: fromModel(PARAMETER_RANGES.stanceWidthMm),
    eased: true,
  },
  compensate: {
    kind: 'word',
    param: 'comp',
    words: [
      ['on', true],
      ['off', false],
      ['1', true],
      ['0', false],
    ],
  },
  view: { kind: 'word', param: 'view', words: VIEWS.map((v) => [v, v] as const) },
  camera: {
    kind: 'camera',
    param: 'cam',
    parts: {
      azimuthDeg: { min: -180, max: 180, step: 1 },
      elevationDeg: { min: -80, max: 80, step: 1 },
      zoom: { min: 0.5, max: 3, step: 0.05 },
    },
    words: [['default', null]],
  },
};

export const FIELD_KEYS = Object.keys(FIELDS) as (keyof FigureState)[];

type KeysOf<T> = {
  [K in keyof FigureState]: [FigureState[K]] extends [T] ? K : never;
}[keyof FigureState];
/** The fields that are numbers (or null, "not given"). */
export type NumberKey = KeysOf<number | null>;
/** The fields that are always numbers. */
export type NonNullNumberKey = KeysOf<number>;

export const NUMBER_KEYS = FIELD_KEYS.filter((k) => FIELDS[k].kind === 'number') as NumberKey[];

/** The fields whose jumps glide (`eased` in the table); each is always a number. */
export const EASED_KEYS = NUMBER_KEYS.filter(
  (k) => (FIELDS[k] as NumberField<number | null>).eased === true,
) as NonNullNumberKey[];

/** Every numeric field's range, and the camera's parts, by name: what the controls read. */
export const RANGES = {
  ...(Object.fromEntries(
    NUMBER_KEYS.map((k) => [k, (FIELDS[k] as NumberField<number | null>).range]),
  ) as Record<NumberKey, Range>),
  ...FIELDS.camera.parts,
};

/** Shape shortcuts: a typical hip, a cam (large alpha) and a pincer (deep socket). */
export const SHAPES = {
  typical: {
    alphaDeg: DEFAULT_PARAMETERS.alphaAngleDeg,
    lceDeg: DEFAULT_PARAMETERS.lateralCenterEdgeDeg,
  },
  cam: { alphaDeg: 70, lceDeg: DEFAULT_PARAMETERS.lateralCenterEdgeDeg },
  pincer: { alphaDeg: DEFAULT_PARAMETERS.alphaAngleDeg, lceDeg: 42 },
} as const;
export type ShapeName = keyof typeof SHAPES;

/** Link words that set several fields at once (`shape=cam`), read before the fields themselves. */
export const SHORTCUTS: Readonly<Record<string, Readonly<Record<string, Partial<FigureState>>>>> = {
  shape: SHAPES,
};

/** Which shortcut a hip's angles are closest to, by the thresholds the shapes are named from. */
export function shapeOf(state: Pick<FigureState, 'alphaDeg' | 'lceDeg'>): ShapeName {
  if (state.alphaDeg >= 60) return 'cam';
  if (state.lceDeg >= 40) return 'pincer';
  return 'typical';
}

export const DEFAULT_STATE: FigureState = {
  depth: 0.5,
  seatedIrDeg: null,
  capsuleTightness: 1,
  alphaDeg: SHAPES.typical.alphaDeg,
  lceDeg: SHAPES.typical.lceDeg,
  ankleDorsiflexionDeg: DEFAULT_PARAMETERS.ankleDorsiflexionDeg,
  footTurnOutDeg: DEFAULT_PARAMETERS.footTurnOutDeg,
  stanceWidthMm: DEFAULT_PARAMETERS.stanceWidthMm,
  compensate: true,
  view: 'side',
  camera: null,
};

export function clampToRange(value: number, range: Range): number {
  if (!Number.isFinite(value)) return Number.NaN;
  const stepped = Math.round((value - range.min) / range.step) * range.step + range.min;
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step) + 1e-9));
  return Number(Math.min(range.max, Math.max(range.min, stepped)).toFixed(decimals));
}

/** Whether two values of one field are the same: numbers, words and cameras (by their parts). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as CameraState;
  const y = b as CameraState;
  return x.azimuthDeg === y.azimuthDeg && x.elevationDeg === y.elevationDeg && x.zoom === y.zoom;
}
