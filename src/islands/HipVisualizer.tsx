/**
 * The hip figure an article embeds: the 3D joint beside a squatting body, a depth slider,
 * the model's readouts and one plain sentence. Everything drawn or written comes from
 * `solveHip` for the figure's state; the state lives in one store and follows the URL.
 *
 *   <HipVisualizer client:visible id="tight" preset="deep-tight" controls="depth" />
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildHipGeometry, rangeOfMotion, solveHip } from '../model';
import { jointDrawing } from '../drawing/jointDrawing';
import { VIEW_CAMERAS } from '../scene/cameraViews';
import type { ScreenPoint } from '../scene/ContactMarker';
import type { JointSceneProps } from '../scene/JointScene';
import { clockText, depthValueText, readouts, sentence } from '../state/describe';
import type { CameraState, ViewName } from '../state/figureState';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS, isPresetName } from '../state/presets';
import { createFigureStore } from '../state/store';
import { normalizeState } from '../state/url';
import BodyFigure from './BodyFigure';
import CapsuleBars from './CapsuleBars';
import DepthSlider from './DepthSlider';
import HipControls from './HipControls';
import JointPoster from './JointPoster';
import LiveJoint, { type LiveStatus } from './LiveJoint';
import Readouts from './Readouts';
import RotationGauge from './RotationGauge';
import ShareButton from './ShareButton';
import ViewButtons from './ViewButtons';
import { useEased } from './useEased';
import { useFigureState } from './useFigureState';
import { useThrottledText } from './useThrottledText';
import { stateUrl, useUrlSync } from './useUrlSync';
import './hipVisualizer.css';

export interface HipVisualizerProps {
  /** The named starting state (see src/state/presets.ts). */
  preset?: string;
  /** Unique on the page; names the figure in share links. Defaults to the preset's name. */
  id?: string;
  /** Which controls show: the depth slider only, everything, or none. */
  controls?: 'depth' | 'all' | 'none';
  /** Starting depth, over the preset's. */
  depth?: number;
  /** A caption under the figure: what the reader should notice. */
  caption?: string;
  /** This figure reads URL parameters that name no figure (permalink and embed pages). */
  ownsUrl?: boolean;
}

/** Head glide is about a millimetre: drawn this many times larger, and labelled so. */
export const GLIDE_SCALE = 4;
const TRACE_LENGTH = 40;

type V3 = readonly [number, number, number];

/** Pins the contact label above its marker, kept inside the joint pane. */
function placeLabel(el: HTMLElement | null, pane: HTMLElement, point: ScreenPoint | null): void {
  if (!el) return;
  el.style.display = point ? '' : 'none';
  if (!point) return;
  const half = el.offsetWidth / 2;
  el.style.left = `${Math.min(Math.max(point.x, half + 4), pane.clientWidth - half - 4)}px`;
  el.style.top = `${Math.max(point.y, el.offsetHeight + 18)}px`;
}

export default function HipVisualizer({ preset = 'parallel', id, controls = 'all', depth, caption, ownsUrl = false }: HipVisualizerProps) {
  const presetName = isPresetName(preset) ? preset : 'parallel';
  const figureId = id ?? presetName;
  const [base] = useState(() => normalizeState({ ...PRESETS[presetName].state, ...(depth !== undefined ? { depth } : {}) }));
  const [store] = useState(() => createFigureStore(base));
  const target = useFigureState(store);
  const shown = useEased(target);
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const [status, setStatus] = useState<LiveStatus>('poster');
  const { staleVersion } = useUrlSync({ store, figureId, base, ownsUnnamed: ownsUrl, element: figure });

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
    const moved = !last || Math.hypot(last[0] - drawnCentre[0], last[1] - drawnCentre[1], last[2] - drawnCentre[2]) > 0.05;
    traceRef.current = moved ? [...previous, drawnCentre].slice(-TRACE_LENGTH) : previous;
    return traceRef.current;
  }, [drawnCentre]);

  const view: ViewName = shown.view;
  const camera: CameraState = target.camera ?? VIEW_CAMERAS[view];
  const drawing = useMemo(() => jointDrawing(geometry, hip, view, drawnCentre, trace), [geometry, hip, view, drawnCentre, trace]);

  // The contact label follows the marker: pinned by the 3D scene each frame when live,
  // else placed from the flat drawing. Written straight to the DOM, never through React state.
  const label = useRef<HTMLDivElement>(null);
  const jointPane = useRef<HTMLDivElement>(null);
  const onProject = useCallback((point: ScreenPoint | null) => {
    const pane = jointPane.current;
    if (!pane) return;
    if (point) {
      pane.dataset['markerX'] = point.x.toFixed(1);
      pane.dataset['markerY'] = point.y.toFixed(1);
    } else {
      delete pane.dataset['markerX'];
      delete pane.dataset['markerY'];
    }
    placeLabel(label.current, pane, point);
  }, []);
  const onCameraEnd = useCallback((c: CameraState) => store.set({ camera: c }), [store]);
  const scene = useMemo<JointSceneProps>(
    () => ({ geometry, hip, view, camera, trace, drawnHeadCentreMm: drawnCentre, onProject, onCameraEnd }),
    [geometry, hip, view, camera, trace, drawnCentre, onProject, onCameraEnd],
  );

  const words = sentence(hip, target.seatedIrDeg === null ? target.capsuleTightness > 1.2 : hip.capsule.posteriorCapsule.strain > 0.04);
  const items = readouts(hip);
  const valueText = depthValueText(shown.depth, hip);
  const spoken = useThrottledText(`${valueText}. ${words} ${items.map((r) => `${r.label}: ${r.value}`).join('. ')}.`);
  const live = status === 'live';
  const marker = drawing.marker;
  const [vbx, vby, vbw, vbh] = drawing.viewBox.split(' ').map(Number) as [number, number, number, number];
  const posterLabelStyle = marker ? { left: `${((marker.x - vbx) / vbw) * 100}%`, top: `${((marker.y - vby) / vbh) * 100}%` } : { display: 'none' };
  // Once on screen, keep the poster's label inside the pane too.
  useLayoutEffect(() => {
    const pane = jointPane.current;
    if (live || !pane || !marker) return;
    const w = pane.clientWidth;
    const h = pane.clientHeight;
    placeLabel(label.current, pane, { x: ((marker.x - vbx) / vbw) * w, y: ((marker.y - vby) / vbh) * h });
  });

  return (
    <figure className="hipviz wide" id={figureId} ref={setFigure} data-status={status} data-figure={figureId}>
      <div className="hipviz-stage" data-view={view} role="group" aria-label="A model hip in a squat">
        <div className="hipviz-joint" ref={jointPane} data-clearance={hip.clearanceMm.toFixed(2)}>
          <JointPoster drawing={drawing} hidden={live} />
          <LiveJoint scene={scene} figure={figure} onStatus={setStatus} />
          {hip.contact && (
            <div className="hipviz-contact-label" ref={label} style={live ? undefined : posterLabelStyle} data-testid="contact-label">
              Touching the {hip.contact.structure === 'labrum' ? 'labrum' : 'bony rim'} at {clockText(hip.contact.clockHour)}
            </div>
          )}
          <span className="hipviz-tag top-left">A model hip, not yours</span>
          <span className="hipviz-tag bottom-left">Glide shown ×{GLIDE_SCALE}</span>
          {status === 'no-webgl' && <p className="hipviz-notice">3D is not available here, so this is a flat drawing of the same model.</p>}
        </div>
        <div className="hipviz-body">
          <BodyFigure body={hip.body} front={view === 'front'} />
        </div>
      </div>

      {controls !== 'none' && <DepthSlider depth={target.depth} valueText={valueText} onChange={(d) => store.set({ depth: d })} />}

      <p className="hipviz-sentence">{words}</p>
      {staleVersion !== null && (
        <p className="hipviz-disclaimer" role="note">
          This link was made with an earlier version of the model, so its numbers may differ a little from when it was shared.
        </p>
      )}
      <Readouts items={items} />
      <div className="hipviz-panels">
        <RotationGauge availableDeg={hip.internalRotationAvailableDeg} requiredDeg={hip.internalRotationRequiredDeg} />
        <CapsuleBars capsule={hip.capsule} />
      </div>

      {controls === 'all' && (
        <>
          <ViewButtons view={target.view} onChange={(v) => store.set({ view: v, camera: null })} />
          <HipControls state={target} store={store} modelSeatedIrDeg={modelSeatedIrDeg} />
        </>
      )}
      {controls !== 'none' && (
        <div className="hipviz-toolbar">
          <button type="button" onClick={() => store.set(base)}>
            Reset
          </button>
          <ShareButton url={() => stateUrl(store.get(), figureId)} title={PRESETS[presetName].title} />
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <figcaption>
        {caption ?? PRESETS[presetName].description} <span className="hipviz-disclaimer">Numbers are the model’s estimates for a model hip, not measurements of a person.</span>
      </figcaption>
    </figure>
  );
}
