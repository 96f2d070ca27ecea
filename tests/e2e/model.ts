/** The model, straight from the source, so browser tests can compare the page with `solveHip`. */
export { solveHip, MODEL_VERSION } from '../../src/model/index.ts';
export { modelInput } from '../../src/state/modelInput.ts';
export { readouts } from '../../src/state/describe.ts';
export { PRESETS } from '../../src/state/presets.ts';
