/**
 * The picture of a figure: the joint (live 3D over its flat poster) with its parts named, the
 * close-up of the pinch, and the "model hip" tag; the squatting body beside it (the presenter)
 * or as a small inset in the joint's own pane (an article figure, so that on a phone the
 * joint fills the width); and a key under both (the glide, magnified, and what the capsule's
 * colours and shapes mean).
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Box } from '../drawing/labelLayout';
import { VIEW_CAMERAS } from '../scene/cameraViews';
import type { JointSceneProps } from '../scene/JointScene';
import type { FrameReport } from '../scene/Viewports';
import type { CameraState } from '../state/figureState';
import BodyFigure from './BodyFigure';
import FigureKey from './FigureKey';
import JointPoster from './JointPoster';
import LabelLayer from './LabelLayer';
import {
  ballBox,
  initialInsetPosition,
  initialLabelPositions,
  posterReport,
} from './labelPositions';
import { placeLabels, type Placement } from './labelPlacement';
import LiveJoint, { type LiveStart, type LiveStatus } from './LiveJoint';
import { useScheme } from './useScheme';
import type { SolvedFigure } from './useSolvedFigure';

export interface FigureStageProps {
  solved: SolvedFigure;
  /** Called once when the reader finishes turning or zooming the 3D view. */
  onCamera: (camera: CameraState) => void;
  /** The element whose distance from the screen decides when the 3D runs. */
  figure: HTMLElement | null;
  status: LiveStatus;
  onStatus: (status: LiveStatus) => void;
  /** Words for the "not yours" tag; the presenter names the patient's measurement here. */
  modelTag?: string;
  /** The body beside the joint (the presenter's tablet layout), or inset in the joint's pane. */
  body?: 'beside' | 'inset';
  /** Shown on the picture, above the joint: the view switch. */
  header?: ReactNode;
  /** When the 3D starts (LiveJoint's `start`); a state with an orbit of its own starts it at once (only the 3D can show that orbit). */
  liveStart?: LiveStart;
  /** Draw the key under the picture here; an article figure puts it after its slider instead. */
  withKey?: boolean;
}

/** A child of the pane as a box in the pane's coordinates. */
function boxOf(el: HTMLElement | null): Box[] {
  if (!el || el.hidden) return [];
  return [{ x: el.offsetLeft, y: el.offsetTop, w: el.offsetWidth, h: el.offsetHeight }];
}

export default function FigureStage({
  solved,
  onCamera,
  figure,
  status,
  onStatus,
  modelTag = 'A model hip, not yours',
  body = 'beside',
  header,
  liveStart = 'near',
  withKey = true,
}: FigureStageProps) {
  const { hip, geometry, drawing, shown, target } = solved;
  const view = shown.view;
  const camera: CameraState = target.camera ?? VIEW_CAMERAS[view];
  const [pane, setPane] = useState<HTMLDivElement | null>(null);
  const scheme = useScheme(pane);
  const [labelsShown, setLabelsShown] = useState(true);

  // Everything over the picture follows it, written straight to the DOM (never through React
  // state): from the 3D scene after each frame when live, else from the flat drawing.
  const layer = useRef<HTMLDivElement>(null);
  const insetFrame = useRef<HTMLDivElement>(null);
  const tag = useRef<HTMLSpanElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const bodyInset = useRef<HTMLDivElement>(null);
  const placement = useRef<Placement>({ offsets: new Map() });
  const rank = useMemo(
    () => new Map(drawing.labels.map(({ spec }) => [spec.id, spec] as const)),
    [drawing],
  );
  const place = useCallback(
    (report: FrameReport) => {
      if (!pane) return;
      const { marker, inset } = report;
      if (marker) {
        pane.dataset['markerX'] = marker.x.toFixed(1);
        pane.dataset['markerY'] = marker.y.toFixed(1);
      } else {
        delete pane.dataset['markerX'];
        delete pane.dataset['markerY'];
      }
      const frame = insetFrame.current;
      if (frame) {
        frame.hidden = !inset;
        if (inset) {
          pane.dataset['inset'] = [inset.x, inset.y, inset.w, inset.h].map(Math.round).join(',');
          // Moved by a transform from where the server put it (as the labels are): no layout shift.
          const dx = inset.x - frame.offsetLeft;
          const dy = inset.y - frame.offsetTop;
          Object.assign(frame.style, {
            transform: `translate(${dx.toFixed(1)}px, ${dy.toFixed(1)}px)`,
            width: `${inset.w}px`,
            height: `${inset.h}px`,
          });
        } else delete pane.dataset['inset'];
      }
      // The body inset takes a bottom corner on the side the close-up leaves free.
      const bodyBox = bodyInset.current;
      if (bodyBox) {
        const right = inset !== null && inset.x + inset.w / 2 < report.width / 2;
        bodyBox.dataset['corner'] = right ? 'right' : 'left';
      }
      const obstacles: Box[] = [
        ...boxOf(tag.current),
        ...boxOf(toggle.current),
        ...boxOf(bodyInset.current),
      ];
      if (inset) obstacles.push(inset);
      if (marker) obstacles.push({ x: marker.x - 12, y: marker.y - 12, w: 24, h: 24 });
      if (report.ball) obstacles.push(ballBox(report.ball));
      if (layer.current)
        placeLabels(
          layer.current,
          rank,
          report.anchors,
          { width: report.width, height: report.height },
          obstacles,
          placement.current,
        );
    },
    [pane, rank],
  );

  const scene = useMemo(
    (): JointSceneProps => ({
      geometry,
      hip,
      view,
      camera,
      scheme,
      onFrame: place,
      onCameraEnd: onCamera,
    }),
    [geometry, hip, view, camera, scheme, place, onCamera],
  );

  const live = status === 'live';
  // The poster's labels: placed from the drawing on every change and when the pane resizes.
  useLayoutEffect(() => {
    if (live || !pane) return;
    const update = () => place(posterReport(drawing, pane.clientWidth, pane.clientHeight));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(pane);
    return () => observer.disconnect();
  }, [live, pane, drawing, place, labelsShown]);

  const specs = useMemo(() => drawing.labels.map((l) => l.spec), [drawing]);
  // Where the server put the labels: kept for the page's lifetime (React then never rewrites
  // the positions the placement writes), so the first render matches the server's.
  const [initial] = useState(() => initialLabelPositions(drawing));
  const [initialInset] = useState(() => initialInsetPosition(drawing));

  return (
    <div
      className="hipviz-stage"
      data-view={view}
      data-body={body}
      role="group"
      aria-label="A model hip in a squat"
    >
      {header}
      <div className="hipviz-joint" ref={setPane} data-clearance={hip.clearanceMm.toFixed(2)}>
        <JointPoster drawing={drawing} hidden={live} />
        <LiveJoint
          scene={scene}
          figure={figure}
          onStatus={onStatus}
          start={liveStart === 'interaction' && target.camera ? 'near' : liveStart}
        />
        <div
          className="hipviz-inset"
          ref={insetFrame}
          hidden={!drawing.inset}
          style={initialInset}
          aria-hidden="true"
        >
          <span>Close-up</span>
        </div>
        <LabelLayer ref={layer} labels={specs} initial={initial} shown={labelsShown} />
        {body === 'inset' && (
          <div className="hipviz-body hipviz-body-inset" ref={bodyInset} data-corner="left">
            <BodyFigure body={hip.body} front={view === 'front'} />
          </div>
        )}
        <span className="hipviz-tag top-left" ref={tag}>
          {modelTag}
        </span>
        <button
          type="button"
          className="hipviz-label-toggle"
          ref={toggle}
          aria-pressed={labelsShown}
          onClick={() => setLabelsShown((s) => !s)}
        >
          Labels
        </button>
      </div>
      {body === 'beside' && (
        <div className="hipviz-body">
          <BodyFigure body={hip.body} front={view === 'front'} />
        </div>
      )}
      {withKey && (
        <FigureKey hip={hip} geometry={geometry} camera={camera} noWebgl={status === 'no-webgl'} />
      )}
    </div>
  );
}
