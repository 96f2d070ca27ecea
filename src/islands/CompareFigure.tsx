/**
 * Two model hips on one slider, side by side (stacked on a narrow figure): a typical hip and
 * one that differs in one way (src/state/compare.ts). Same depth, stance, view and camera for
 * both; one sentence says how they differ at this depth, computed from the two solved hips.
 * Each hip's 3D takes one of the page's live WebGL slots (contextSlots.ts), so a compare
 * figure uses two of them and the page stays within its budget; a hip without a slot shows
 * its flat drawing of the same model.
 *
 *   <CompareFigure client:visible id="tight-vs-typical" pair="typical-vs-tight" />
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MODEL_VERSION } from '../model';
import {
  COMPARE_NAMES,
  COMPARE_PAIRS,
  COMPARE_PARAM,
  differenceSentence,
  isCompareName,
  readCompare,
  type CompareName,
} from '../state/compare';
import { RANGES, type CameraState } from '../state/figureState';
import { normalizeState, parseState, serializeState } from '../state/url';
import CompareTable from './CompareTable';
import DepthSlider from './DepthSlider';
import FigureStage from './FigureStage';
import KeyFacts from './KeyFacts';
import { weakerStatus, type LiveStatus } from './LiveJoint';
import QrButton from './QrButton';
import RangeControl from './RangeControl';
import ShareButton from './ShareButton';
import ViewButtons from './ViewButtons';
import { useCompareStores } from './useCompareStores';
import { useSolvedFigure } from './useSolvedFigure';
import { useThrottledText } from './useThrottledText';
import { stateUrl, useUrlSync } from './useUrlSync';
import './hipVisualizer.css';

export interface CompareFigureProps {
  /** Which pair (src/state/compare.ts); the link's `compare` may change it. */
  pair?: string;
  /** Unique on the page; names the figure in share links. Defaults to the pair's name. */
  id?: string;
  /** Starting depth, over the pair's. */
  depth?: number;
  /** A caption under the figure: what the reader should notice. */
  caption?: string;
  /** This figure reads URL parameters that name no figure (permalink and embed pages). */
  ownsUrl?: boolean;
  /** On an embed: the full page, linked with the current state instead of Share. */
  fullPage?: string;
}

const SHORT: Record<CompareName, string> = {
  'typical-vs-tight': 'Tight capsule',
  'typical-vs-cam': 'Cam',
  'typical-vs-pincer': 'Pincer',
  'typical-vs-yours': 'Yours',
};

export default function CompareFigure({
  pair: pairProp = 'typical-vs-tight',
  id,
  depth,
  caption,
  ownsUrl = false,
  fullPage,
}: CompareFigureProps) {
  const first: CompareName = isCompareName(pairProp) ? pairProp : 'typical-vs-tight';
  const figureId = id ?? first;
  const [pair, setPair] = useState<CompareName>(first);
  const [unknownPair, setUnknownPair] = useState(false);
  const [base] = useState(() =>
    normalizeState({ ...COMPARE_PAIRS[first].start, ...(depth !== undefined ? { depth } : {}) }),
  );
  const stores = useCompareStores(base, pair);
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const [left, setLeft] = useState<HTMLElement | null>(null);
  const [right, setRight] = useState<HTMLElement | null>(null);
  const [statusA, setStatusA] = useState<LiveStatus>('poster');
  const [statusB, setStatusB] = useState<LiveStatus>('poster');
  const pairRef = useRef(pair);
  pairRef.current = pair;
  const extraParams = useCallback(() => ({ [COMPARE_PARAM]: pairRef.current }), []);
  const { staleVersion } = useUrlSync({
    store: stores.shared,
    figureId,
    base,
    ownsUnnamed: ownsUrl,
    element: figure,
    extraParams,
  });

  // The pair from the link, when the link is for this figure; an unknown one keeps the page's own.
  const loaded = useRef(false);
  useEffect(() => {
    const parsed = parseState(window.location.search, base, MODEL_VERSION);
    const ours = parsed.figureId === figureId || (parsed.figureId === null && ownsUrl);
    if (ours) {
      const read = readCompare(window.location.search);
      if (read.pair) setPair(read.pair);
      setUnknownPair(read.unknown);
    }
    loaded.current = true;
    // Runs once, on load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // A new pair chosen on the page goes into the address bar like any other change.
  useEffect(() => {
    if (!loaded.current || pair === first) return;
    const url = new URL(stateUrl(stores.shared.get(), ownsUrl ? null : figureId, extraParams()));
    if (ownsUrl) url.hash = window.location.hash;
    history.replaceState(history.state, '', url);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pair]);

  const a = useSolvedFigure(stores.typical);
  const b = useSolvedFigure(stores.other);
  const shared = stores.shared;
  const target = a.target;
  const onCamera = useCallback((camera: CameraState) => shared.set({ camera }), [shared]);
  const info = COMPARE_PAIRS[pair];
  const difference = differenceSentence(pair, a.hip, b.hip);
  const spoken = useThrottledText(`${a.valueText}. ${difference}`);
  const sharedState = shared.get();
  const needsMeasurement = pair === 'typical-vs-yours' && b.target.seatedIrDeg === null;
  const shareUrl = useCallback(
    () => stateUrl(shared.get(), figureId, extraParams()),
    [shared, figureId, extraParams],
  );
  const fullPageHref = useMemo(
    () =>
      fullPage
        ? `${fullPage}?${serializeState(sharedState, null, MODEL_VERSION).toString()}&${COMPARE_PARAM}=${pair}`
        : null,
    [fullPage, sharedState, pair],
  );

  return (
    <figure
      className="hipviz hipviz-compare wide"
      id={figureId}
      ref={setFigure}
      data-status={weakerStatus(statusA, statusB)}
      data-figure={figureId}
      data-compare={pair}
    >
      <div className="hipviz-compare-bar">
        <ViewButtons view={target.view} onChange={(v) => shared.set({ view: v, camera: null })} />
        <div className="hipviz-toolbar hipviz-pairs" role="group" aria-label="Compare with">
          {COMPARE_NAMES.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={pair === name}
              onClick={() => setPair(name)}
            >
              {SHORT[name]}
            </button>
          ))}
        </div>
      </div>
      {/* One grid: side by side on a wide figure, and on a phone the slider between the two hips. */}
      <div className="hipviz-pair">
        {/* Titles as plain text named by the section, not headings: the figure sits under an
            h2 in an article but right under the h1 on a permalink, and an h3 there skips a level. */}
        <section
          className="hipviz-hip"
          data-hip="typical"
          data-status={statusA}
          ref={setLeft}
          aria-labelledby={`${figureId}-typical`}
        >
          <p className="hipviz-hip-title" id={`${figureId}-typical`}>
            Typical hip
          </p>
          <FigureStage
            solved={a}
            onCamera={onCamera}
            figure={left}
            status={statusA}
            onStatus={setStatusA}
            body="inset"
            liveStart={ownsUrl ? 'interaction' : 'near'}
          />
        </section>
        <section
          className="hipviz-hip"
          data-hip="other"
          data-status={statusB}
          ref={setRight}
          aria-labelledby={`${figureId}-other`}
        >
          <p className="hipviz-hip-title" id={`${figureId}-other`}>
            {info.label}
          </p>
          <FigureStage
            solved={b}
            onCamera={onCamera}
            figure={right}
            status={statusB}
            onStatus={setStatusB}
            body="inset"
            liveStart={ownsUrl ? 'interaction' : 'near'}
            modelTag={
              pair === 'typical-vs-yours'
                ? 'A model shaped to your number'
                : 'A model hip, not yours'
            }
          />
        </section>
        <div className="hipviz-pair-slider">
          <DepthSlider
            depth={target.depth}
            valueText={a.valueText}
            onChange={(d) => shared.set({ depth: d })}
          />
        </div>
        <div className="hipviz-pair-facts" data-hip="typical">
          <p className="hipviz-hip-title" aria-hidden="true">
            Typical hip
          </p>
          <KeyFacts items={a.facts} />
        </div>
        <div className="hipviz-pair-facts" data-hip="other">
          <p className="hipviz-hip-title" aria-hidden="true">
            {info.label}
          </p>
          <KeyFacts items={b.facts} />
        </div>
      </div>
      <p className="hipviz-sentence hipviz-difference" data-testid="difference">
        {difference}
      </p>
      {needsMeasurement && (
        <p className="hipviz-disclaimer" role="note">
          Enter your seated inward rotation below: until then both hips are the same typical hip.
        </p>
      )}
      {unknownPair && (
        <p className="hipviz-disclaimer" role="note" data-testid="compare-note">
          This link asked for a comparison the site does not have, so it shows{' '}
          {COMPARE_PAIRS[pair].title.charAt(0).toLowerCase() + COMPARE_PAIRS[pair].title.slice(1)}.
        </p>
      )}
      {staleVersion !== null && (
        <p className="hipviz-disclaimer" role="note">
          This link was made with an earlier version of the model, so its numbers may differ a
          little from when it was shared.
        </p>
      )}
      {pair === 'typical-vs-yours' && (
        <RangeControl
          label="Your seated inward rotation"
          value={sharedState.seatedIrDeg ?? Math.round(a.modelSeatedIrDeg)}
          range={RANGES.seatedIrDeg}
          format={(v) => `${Math.round(v)}°`}
          onChange={(v) => shared.set({ seatedIrDeg: v })}
          hint={`Sitting, knee bent to a right angle: how far the foot swings out as the thigh rolls in. The model’s bones stop the turn at about ${RANGES.seatedIrDeg.max}°.`}
        />
      )}
      <CompareTable typical={a.items} other={b.items} otherLabel={info.label} />
      <div className="hipviz-toolbar">
        <button type="button" onClick={() => shared.set(base)}>
          Reset
        </button>
        {fullPageHref ? (
          <a className="hipviz-link-button" href={fullPageHref} target="_top">
            Open the full page
          </a>
        ) : (
          <>
            <ShareButton url={shareUrl} title={info.title} />
            <QrButton url={shareUrl} />
          </>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <figcaption>
        {caption ?? info.description}{' '}
        <span className="hipviz-disclaimer">
          Numbers are the model’s estimates for model hips, not measurements of a person.
        </span>
      </figcaption>
    </figure>
  );
}
