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

/** The hip's ranges are the model's own; the camera's are the figure's. */
export const RANGES = {
  depth: { min: 0, max: 1, step: 0.01 },
  seatedIrDeg: fromModel(PARAMETER_RANGES.seatedInternalRotationDeg),
  capsuleTightness: fromModel(PARAMETER_RANGES.posteriorCapsuleTightness),
  alphaDeg: fromModel(PARAMETER_RANGES.alphaAngleDeg),
  lceDeg: fromModel(PARAMETER_RANGES.lateralCenterEdgeDeg),
  ankleDorsiflexionDeg: fromModel(PARAMETER_RANGES.ankleDorsiflexionDeg),
  footTurnOutDeg: fromModel(PARAMETER_RANGES.footTurnOutDeg),
  azimuthDeg: { min: -180, max: 180, step: 1 },
  elevationDeg: { min: -80, max: 80, step: 1 },
  zoom: { min: 0.5, max: 3, step: 0.05 },
} satisfies Record<string, Range>;

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
