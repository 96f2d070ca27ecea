/**
 * Everything a figure shows, solved from its state: the model's hip for the state as it is
 * drawn now (eased toward the target), the geometry to mesh, the flat drawing, and the words.
 * Shared by the article figure and the presenter.
 */
import { useMemo } from 'react';
import { buildHipGeometry } from '../model';
import { jointDrawing } from '../drawing/jointDrawing';
import { depthValueText, keyFacts, readouts, sentence } from '../state/describe';
import type { FigureState } from '../state/figureState';
import { hipParameters } from '../state/modelInput';
import type { FigureStore } from '../state/store';
import { isTightCapsule } from '../state/tightness';
import {
  drawKey,
  modelSeatedIr,
  rangeKey,
  solveFigure,
  solveKey,
  type FirstPaint,
} from './firstPaint';
import { useEased } from './useEased';
import { useFigureState } from './useFigureState';

/** `first`: the model's answers for the starting state, computed at build time (./firstPaint.ts). */
export function useSolvedFigure(store: FigureStore, first?: FirstPaint) {
  const target: FigureState = useFigureState(store);
  const shown = useEased(store);

  const hip = useMemo(
    () => (first && solveKey(shown) === first.solveKey ? first.hip : solveFigure(shown)),
    [shown, first],
  );
  const geometry = useMemo(
    () => buildHipGeometry(hipParameters(shown)),
    // Only the bone shape changes the meshes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown.alphaDeg, shown.lceDeg],
  );
  const modelSeatedIrDeg = useMemo(
    () =>
      first && rangeKey(target) === first.rangeKey ? first.modelSeatedIrDeg : modelSeatedIr(target),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [target.capsuleTightness, target.alphaDeg, target.lceDeg, first],
  );

  const drawing = useMemo(
    () =>
      first && hip === first.hip && drawKey({ ...shown, camera: target.camera }) === first.drawKey
        ? first.drawing
        : jointDrawing(geometry, hip, { view: shown.view, camera: target.camera }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [geometry, hip, shown.view, target.camera, first],
  );
  const words = sentence(hip, isTightCapsule(hip.posteriorCapsuleTightness));
  const items = readouts(hip);
  const facts = keyFacts(hip);
  const valueText = depthValueText(shown.depth, hip);

  return {
    target,
    shown,
    hip,
    geometry,
    modelSeatedIrDeg,
    drawing,
    words,
    items,
    facts,
    valueText,
  };
}

export type SolvedFigure = ReturnType<typeof useSolvedFigure>;
