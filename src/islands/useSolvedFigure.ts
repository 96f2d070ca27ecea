/**
 * Everything a figure shows, solved from its state: the model's hip for the state as it is
 * drawn now (eased toward the target), the geometry to mesh, the magnified glide and its
 * trace, the flat drawing, and the words. Shared by the article figure and the presenter.
 */
import { useMemo, useRef } from 'react';
import { buildHipGeometry, rangeOfMotion, solveHip } from '../model';
import { jointDrawing } from '../drawing/jointDrawing';
import { depthValueText, readouts, sentence } from '../state/describe';
import type { FigureState } from '../state/figureState';
import { hipParameters, modelInput } from '../state/modelInput';
import type { FigureStore } from '../state/store';
import { isTightCapsule } from '../state/tightness';
import { useEased } from './useEased';
import { useFigureState } from './useFigureState';

/** Head glide is about a millimetre: drawn this many times larger, and labelled so. */
export const GLIDE_SCALE = 6;
const TRACE_LENGTH = 40;

export type V3 = readonly [number, number, number];

export function useSolvedFigure(store: FigureStore) {
  const target: FigureState = useFigureState(store);
  const shown = useEased(store);

  const hip = useMemo(() => solveHip(modelInput(shown)), [shown]);
  const geometry = useMemo(
    () => buildHipGeometry(hipParameters(shown)),
    // Only the bone shape changes the meshes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown.alphaDeg, shown.lceDeg],
  );
  const modelSeatedIrDeg = useMemo(
    () => rangeOfMotion(hipParameters({ ...target, seatedIrDeg: null })).internalRotationAt90Deg,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [target.capsuleTightness, target.alphaDeg, target.lceDeg],
  );

  // The drawn head centre: the model's, with the glide magnified about the socket centre.
  const drawnCentre = useMemo<V3>(() => {
    const c = hip.pose.headCentreMm;
    return [c[0] * GLIDE_SCALE, c[1] * GLIDE_SCALE, c[2] * GLIDE_SCALE];
  }, [hip]);
  const traceRef = useRef<V3[]>([]);
  const trace = useMemo(() => {
    const previous = traceRef.current;
    const last = previous[previous.length - 1];
    const moved =
      !last ||
      Math.hypot(last[0] - drawnCentre[0], last[1] - drawnCentre[1], last[2] - drawnCentre[2]) >
        0.05;
    traceRef.current = moved ? [...previous, drawnCentre].slice(-TRACE_LENGTH) : previous;
    return traceRef.current;
  }, [drawnCentre]);

  const drawing = useMemo(
    () => jointDrawing(geometry, hip, shown.view, drawnCentre, trace),
    [geometry, hip, shown.view, drawnCentre, trace],
  );
  const words = sentence(hip, isTightCapsule(hip.posteriorCapsuleTightness));
  const items = readouts(hip);
  const valueText = depthValueText(shown.depth, hip);

  return {
    target,
    shown,
    hip,
    geometry,
    modelSeatedIrDeg,
    drawnCentre,
    trace,
    drawing,
    words,
    items,
    valueText,
  };
}

export type SolvedFigure = ReturnType<typeof useSolvedFigure>;
