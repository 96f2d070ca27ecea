/**
 * The picture of a figure: the joint (live 3D over its flat poster, with the contact label
 * and the "model hip" and magnification tags) beside the squatting body.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { VIEW_CAMERAS } from '../scene/cameraViews';
import type { ScreenPoint } from '../scene/ContactMarker';
import type { JointSceneProps } from '../scene/JointScene';
import { clockText } from '../state/describe';
import type { CameraState } from '../state/figureState';
import type { FigureStore } from '../state/store';
import BodyFigure from './BodyFigure';
import JointPoster from './JointPoster';
import LiveJoint, { type LiveStatus } from './LiveJoint';
import { GLIDE_SCALE, type SolvedFigure } from './useSolvedFigure';

export interface FigureStageProps {
  solved: SolvedFigure;
  store: FigureStore;
  /** The element whose distance from the screen decides when the 3D runs. */
  figure: HTMLElement | null;
  status: LiveStatus;
  onStatus: (status: LiveStatus) => void;
  /** Words for the "not yours" tag; the presenter names the patient's measurement here. */
  modelTag?: string;
}

/** Pins the contact label above its marker, kept inside the joint pane. */
function placeLabel(el: HTMLElement | null, pane: HTMLElement, point: ScreenPoint | null): void {
  if (!el) return;
  el.style.display = point ? '' : 'none';
  if (!point) return;
  const half = el.offsetWidth / 2;
  el.style.left = `${Math.min(Math.max(point.x, half + 4), pane.clientWidth - half - 4)}px`;
  el.style.top = `${Math.max(point.y, el.offsetHeight + 18)}px`;
}

export default function FigureStage({
  solved,
  store,
  figure,
  status,
  onStatus,
  modelTag = 'A model hip, not yours',
}: FigureStageProps) {
  const { hip, geometry, drawing, trace, drawnCentre, shown, target } = solved;
  const view = shown.view;
  const camera: CameraState = target.camera ?? VIEW_CAMERAS[view];

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
  const scene = useMemo(
    (): JointSceneProps => ({
      geometry,
      hip,
      view,
      camera,
      trace,
      drawnHeadCentreMm: drawnCentre,
      onProject,
      onCameraEnd,
    }),
    [geometry, hip, view, camera, trace, drawnCentre, onProject, onCameraEnd],
  );

  const live = status === 'live';
  const marker = drawing.marker;
  const [vbx, vby, vbw, vbh] = drawing.viewBox.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const posterLabelStyle = marker
    ? { left: `${((marker.x - vbx) / vbw) * 100}%`, top: `${((marker.y - vby) / vbh) * 100}%` }
    : { display: 'none' };
  // Once on screen, keep the poster's label inside the pane too.
  useLayoutEffect(() => {
    const pane = jointPane.current;
    if (live || !pane || !marker) return;
    placeLabel(label.current, pane, {
      x: ((marker.x - vbx) / vbw) * pane.clientWidth,
      y: ((marker.y - vby) / vbh) * pane.clientHeight,
    });
  });

  return (
    <div className="hipviz-stage" data-view={view} role="group" aria-label="A model hip in a squat">
      <div className="hipviz-joint" ref={jointPane} data-clearance={hip.clearanceMm.toFixed(2)}>
        <JointPoster drawing={drawing} hidden={live} />
        <LiveJoint scene={scene} figure={figure} onStatus={onStatus} />
        {hip.contact && (
          // The poster's place stays as the style prop even when live: React then writes it only
          // when it changes, which is also when the scene draws a frame and re-pins the label.
          <div
            className="hipviz-contact-label"
            ref={label}
            style={posterLabelStyle}
            data-testid="contact-label"
          >
            Touching the {hip.contact.structure === 'labrum' ? 'labrum' : 'bony rim'} at{' '}
            {clockText(hip.contact.clockHour)}
          </div>
        )}
        <span className="hipviz-tag top-left">{modelTag}</span>
        <span className="hipviz-tag bottom-left">Glide shown ×{GLIDE_SCALE}</span>
        {status === 'no-webgl' && (
          <p className="hipviz-notice">
            3D is not available here, so this is a flat drawing of the same model.
          </p>
        )}
      </div>
      <div className="hipviz-body">
        <BodyFigure body={hip.body} front={view === 'front'} />
      </div>
    </div>
  );
}
