/**
 * What a figure's first paint needs from the model that costs time to find: the hip solved for
 * its starting state (about 1 ms) and the seated inward turn the model's capsule allows (a
 * range-of-motion search, 7–24 ms on a phone). A preset's page computes both at build time and
 * hands them to the island as a prop, so hydrating runs neither; the figure uses them only
 * while its state is the one they were computed for, and solves afresh once the reader (or
 * the link) changes it.
 */
import { jointDrawing, type JointDrawing } from '../drawing/jointDrawing';
import { buildHipGeometry, rangeOfMotion, solveHip, type HipState } from '../model';
import type { FigureState } from '../state/figureState';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS, isPresetName } from '../state/presets';
import { normalizeState } from '../state/url';
import { steady } from '../utils/steady';

export interface FirstPaint {
  /** The model input the hip was solved for, as JSON: the key that says it still applies. */
  solveKey: string;
  hip: HipState;
  /** The parameters the seated inward turn was searched for, as JSON. */
  rangeKey: string;
  modelSeatedIrDeg: number;
  /** The view and orbit the drawing was made for, as JSON (the hip it drew is `hip`). */
  drawKey: string;
  /** The flat drawing of that hip (the poster): the costliest part of a figure's first render. */
  drawing: JointDrawing;
}

export const solveKey = (state: FigureState): string => JSON.stringify(modelInput(state));
export const drawKey = (state: FigureState): string => JSON.stringify([state.view, state.camera]);
export const rangeKey = (state: FigureState): string =>
  JSON.stringify(hipParameters({ ...state, seatedIrDeg: null }));

/** The model's hip for a state; steady so that the server's and the browser's agree (src/utils/steady.ts). */
export const solveFigure = (state: FigureState): HipState => steady(solveHip(modelInput(state)));

/** The seated inward turn the model gives this hip's capsule, the seated-IR control's starting value. */
export const modelSeatedIr = (state: FigureState): number =>
  steady(rangeOfMotion(hipParameters({ ...state, seatedIrDeg: null })).internalRotationAt90Deg);

/** A figure's starting state: its preset's, with the page's depth over it. */
export function startState(preset: string, depth?: number): FigureState {
  const name = isPresetName(preset) ? preset : 'parallel';
  return normalizeState({ ...PRESETS[name].state, ...(depth !== undefined ? { depth } : {}) });
}

export function firstPaint(state: FigureState): FirstPaint {
  const hip = solveFigure(state);
  return {
    solveKey: solveKey(state),
    hip,
    rangeKey: rangeKey(state),
    modelSeatedIrDeg: modelSeatedIr(state),
    drawKey: drawKey(state),
    drawing: steady(
      jointDrawing(buildHipGeometry(hipParameters(state)), hip, {
        view: state.view,
        camera: state.camera,
      }),
    ),
  };
}
