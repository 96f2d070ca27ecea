/**
 * The hip figure an article embeds: the 3D joint with a squatting body inset in its pane, the
 * view switch on the picture, a depth slider right under it and two or three key facts in
 * words; beside them on a wide figure (under them on a phone) one plain sentence and the
 * "Numbers" (every readout, the gauge, the capsule bars). Everything drawn or written comes from
 * `solveHip` for the figure's state; the state lives in one store and follows the URL.
 *
 *   <HipVisualizer client:visible id="tight" preset="deep-tight" controls="depth" />
 */
import { useCallback, useState } from 'react';
import { MODEL_VERSION } from '../model';
import { VIEW_CAMERAS } from '../scene/cameraViews';
import type { CameraState } from '../state/figureState';
import { PRESETS, isPresetName } from '../state/presets';
import { createFigureStore } from '../state/store';
import { serializeState } from '../state/url';
import DepthSlider from './DepthSlider';
import FigureStage from './FigureStage';
import HipControls from './HipControls';
import type { LiveStatus } from './LiveJoint';
import FigureKey from './FigureKey';
import { startState, type FirstPaint } from './firstPaint';
import KeyFacts from './KeyFacts';
import NumbersPanel from './NumbersPanel';
import QrButton from './QrButton';
import ShareButton from './ShareButton';
import ViewButtons from './ViewButtons';
import { useSolvedFigure } from './useSolvedFigure';
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
  /** On an embed: the full page of this figure, linked with the current state instead of Share and Present. */
  fullPage?: string;
  /** Start the 3D only once the reader touches the figure (the home page), not when it nears the screen. A figure that owns the URL (permalink, embed) starts it at the reader's first interaction with the page. */
  liveOnTouch?: boolean;
  /** The model's answers for the starting state, computed at build time (`firstPaint(startState(preset, depth))`), so hydrating need not. */
  first?: FirstPaint;
}

export default function HipVisualizer({
  preset = 'parallel',
  id,
  controls = 'all',
  depth,
  caption,
  ownsUrl = false,
  fullPage,
  liveOnTouch = false,
  first,
}: HipVisualizerProps) {
  const presetName = isPresetName(preset) ? preset : 'parallel';
  const figureId = id ?? presetName;
  const [base] = useState(() => startState(presetName, depth));
  const [store] = useState(() => createFigureStore(base));
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const [status, setStatus] = useState<LiveStatus>('poster');
  const { staleVersion } = useUrlSync({
    store,
    figureId,
    base,
    ownsUnnamed: ownsUrl,
    element: figure,
  });
  const solved = useSolvedFigure(store, first);
  const onCamera = useCallback((camera: CameraState) => store.set({ camera }), [store]);
  const { target, hip, words, items, facts, valueText, modelSeatedIrDeg } = solved;
  const spoken = useThrottledText(
    `${valueText}. ${words} ${items.map((r) => `${r.label}: ${r.value}`).join('. ')}.`,
  );

  return (
    <figure
      className="hipviz wide"
      id={figureId}
      ref={setFigure}
      data-status={status}
      data-figure={figureId}
    >
      <div className="hipviz-main">
        <div className="hipviz-picture">
          <FigureStage
            solved={solved}
            onCamera={onCamera}
            figure={figure}
            status={status}
            onStatus={setStatus}
            body="inset"
            liveStart={liveOnTouch ? 'touch' : ownsUrl ? 'interaction' : 'near'}
            withKey={false}
            header={
              controls !== 'none' && (
                <ViewButtons
                  view={target.view}
                  onChange={(v) => store.set({ view: v, camera: null })}
                />
              )
            }
          />
          {controls !== 'none' && (
            <DepthSlider
              depth={target.depth}
              valueText={valueText}
              onChange={(d) => store.set({ depth: d })}
            />
          )}
          <KeyFacts items={facts} />
          {/* The picture's key comes after the slider, so the slider sits right under the picture. */}
          <div className="hipviz-stage-key">
            <FigureKey
              hip={hip}
              geometry={solved.geometry}
              camera={target.camera ?? VIEW_CAMERAS[solved.shown.view]}
              noWebgl={status === 'no-webgl'}
            />
          </div>
        </div>

        <div className="hipviz-side">
          <p className="hipviz-sentence">{words}</p>
          {staleVersion !== null && (
            <p className="hipviz-disclaimer" role="note">
              This link was made with an earlier version of the model, so its numbers may differ a
              little from when it was shared.
            </p>
          )}
          <NumbersPanel hip={hip} items={items} />
          {controls === 'all' && (
            <HipControls state={target} onChange={store.set} modelSeatedIrDeg={modelSeatedIrDeg} />
          )}
          {controls !== 'none' && (
            <div className="hipviz-toolbar">
              <button type="button" onClick={() => store.set(base)}>
                Reset
              </button>
              {fullPage ? (
                <a
                  className="hipviz-link-button"
                  href={`${fullPage}?${serializeState(target, null, MODEL_VERSION).toString()}`}
                  target="_top"
                >
                  Open the full page
                </a>
              ) : (
                <>
                  <ShareButton
                    url={() => stateUrl(store.get(), figureId)}
                    title={PRESETS[presetName].title}
                  />
                  <QrButton url={() => stateUrl(store.get(), figureId)} />
                  <a
                    className="hipviz-link-button"
                    href={`/clinic/?${serializeState(target, null, MODEL_VERSION).toString()}`}
                  >
                    Present
                  </a>
                </>
              )}
            </div>
          )}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <figcaption>
        {caption ?? PRESETS[presetName].description}{' '}
        <span className="hipviz-disclaimer">
          Numbers are the model’s estimates for a model hip, not measurements of a person.
        </span>
      </figcaption>
    </figure>
  );
}
