/**
 * The knee-to-wall test's result in centimetres, turned into the ankle bend the model uses
 * (src/state/kneeToWall.ts) and sent to a figure on the same page through the figure's own
 * link, as a shared link would set it: `?fig=<figure>&ankle=<degrees>…&v=…#<figure>`.
 * Whatever the reader has already set in that figure (their seated rotation, say) is kept,
 * because the link starts from the state the address bar holds for it.
 *
 *   <KneeToWall client:visible figure="fig-your-hip" preset="deep" />
 */
import { useEffect, useId, useState, type MouseEvent } from 'react';
import { MODEL_VERSION } from '../model';
import { RANGES, clampToRange } from '../state/figureState';
import { KNEE_TO_WALL_RANGE_CM, readKneeToWall } from '../state/kneeToWall';
import { PRESETS, isPresetName } from '../state/presets';
import { parseState, serializeState } from '../state/url';

export interface KneeToWallProps {
  /** The id of the figure on this page that takes the ankle bend. */
  figure: string;
  /** That figure's preset: what a link that names the figure without a full state starts from. */
  preset: string;
}

/** The figure's link with this ankle bend, keeping what the address bar already says about that figure. */
function linkFor(search: string, figure: string, preset: string, ankleDeg: number): string {
  const base = PRESETS[isPresetName(preset) ? preset : 'parallel'].state;
  const parsed = parseState(search, base, MODEL_VERSION);
  const state = parsed.figureId === figure && parsed.hasState ? parsed.state : base;
  const ankleDorsiflexionDeg = clampToRange(ankleDeg, RANGES.ankleDorsiflexionDeg);
  const params = serializeState({ ...state, ankleDorsiflexionDeg }, figure, MODEL_VERSION);
  return `?${params.toString()}#${figure}`;
}

export default function KneeToWall({ figure, preset }: KneeToWallProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setSearch(window.location.search);
    setReady(true);
  }, []);
  const { min, max, step } = KNEE_TO_WALL_RANGE_CM;
  const reading = text.trim() === '' ? null : readKneeToWall(Number(text.replace(',', '.')));
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!reading) return;
    // The figure rewrites the address bar as the reader changes it: link from its latest state.
    event.preventDefault();
    window.location.assign(
      linkFor(window.location.search, figure, preset, reading.dorsiflexionDeg),
    );
  };
  return (
    <div className="knee-to-wall" data-knee-to-wall data-ready={ready ? 'true' : undefined}>
      <label htmlFor={id}>Your knee-to-wall distance, in centimetres</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <output htmlFor={id} aria-live="polite" data-ankle-deg={reading?.dorsiflexionDeg}>
        {reading
          ? `${reading.clamped ? `Read as ${reading.distanceCm} cm, the end of the range the conversion covers: ` : ''}about ${reading.dorsiflexionDeg}° of ankle bend.`
          : `Enter a distance from ${min} to ${max} cm.`}
      </output>
      {reading && (
        <a
          className="knee-to-wall-link"
          href={linkFor(search, figure, preset, reading.dorsiflexionDeg)}
          onClick={go}
        >
          Put {reading.dorsiflexionDeg}° of ankle bend into the model hip below
        </a>
      )}
    </div>
  );
}
