import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, solveHip } from '../model';
import { DEFAULT_STATE } from './figureState';
import { PRESETS } from './presets';
import { hipParameters, modelInput } from './modelInput';

describe('state → model input', () => {
  it('passes every hip field of the state to the model under the model’s own names', () => {
    const state = {
      ...PRESETS.cam.state,
      capsuleTightness: 1.5,
      ankleDorsiflexionDeg: 30,
      footTurnOutDeg: 25,
      stanceWidthMm: 600,
    };
    expect(modelInput(state)).toEqual({
      squatDepth: state.depth,
      compensate: state.compensate,
      params: {
        alphaAngleDeg: state.alphaDeg,
        lateralCenterEdgeDeg: state.lceDeg,
        posteriorCapsuleTightness: 1.5,
        ankleDorsiflexionDeg: 30,
        footTurnOutDeg: 25,
        stanceWidthMm: 600,
      },
    });
  });

  it('gives the seated rotation only when the reader set one', () => {
    expect(hipParameters(DEFAULT_STATE)).not.toHaveProperty('seatedInternalRotationDeg');
    expect(hipParameters({ ...DEFAULT_STATE, seatedIrDeg: 18 }).seatedInternalRotationDeg).toBe(18);
  });

  it('starts from the model’s own defaults, so a default figure is the model’s default hip', () => {
    const params = hipParameters(DEFAULT_STATE);
    for (const [key, value] of Object.entries(params))
      expect(value).toBe(DEFAULT_PARAMETERS[key as keyof typeof DEFAULT_PARAMETERS]);
  });

  it('a wider stance reaches the model: the feet, and so the legs, move apart', () => {
    const narrow = solveHip(modelInput({ ...DEFAULT_STATE, depth: 1 }));
    const wide = solveHip(modelInput({ ...DEFAULT_STATE, depth: 1, stanceWidthMm: 600 }));
    expect(narrow.warnings).toEqual([]);
    expect(wide.warnings).toEqual([]);
    expect(wide.body).not.toEqual(narrow.body);
  });
});
