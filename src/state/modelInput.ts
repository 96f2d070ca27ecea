/** A figure's state → the model's input. The one place where the two vocabularies meet. */
import type { HipParameters } from '../model';
import type { FigureState } from './figureState';

export interface ModelInput {
  squatDepth: number;
  compensate: boolean;
  params: Partial<HipParameters>;
}

export function hipParameters(state: FigureState): Partial<HipParameters> {
  const params: Partial<HipParameters> = {
    alphaAngleDeg: state.alphaDeg,
    lateralCenterEdgeDeg: state.lceDeg,
    posteriorCapsuleTightness: state.capsuleTightness,
    ankleDorsiflexionDeg: state.ankleDorsiflexionDeg,
    footTurnOutDeg: state.footTurnOutDeg,
    stanceWidthMm: state.stanceWidthMm,
  };
  if (state.seatedIrDeg !== null) params.seatedInternalRotationDeg = state.seatedIrDeg;
  return params;
}

export function modelInput(state: FigureState): ModelInput {
  return { squatDepth: state.depth, compensate: state.compensate, params: hipParameters(state) };
}
