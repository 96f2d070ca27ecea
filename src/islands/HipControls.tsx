/**
 * The secondary controls, folded away by default: the reader's own hip (seated internal
 * rotation, ankle bend, foot turn-out), whether the body may compensate, and the hip's
 * bone shape. Each writes only its own field of the state.
 */
import { RANGES, SHAPES, shapeOf, type FigureState, type ShapeName } from '../state/figureState';
import RangeControl from './RangeControl';

export interface HipControlsProps {
  state: FigureState;
  /** Sets the fields a control changed (the figure's store does the rest). */
  onChange: (patch: Partial<FigureState>) => void;
  /** The seated internal rotation of the hip as it stands (the model's), shown when the reader has not entered theirs. */
  modelSeatedIrDeg: number;
}

const deg = (v: number) => `${Math.round(v)}°`;
const SHAPE_LABELS: Record<ShapeName, string> = {
  typical: 'Typical',
  cam: 'Cam',
  pincer: 'Pincer',
};

export default function HipControls({ state, onChange, modelSeatedIrDeg }: HipControlsProps) {
  const shape = shapeOf(state);
  return (
    <details className="hipviz-more">
      <summary>Change the hip and the stance</summary>
      <div className="hipviz-controls">
        <fieldset>
          <legend>The reader’s hip</legend>
          <RangeControl
            label="Seated inward rotation"
            value={state.seatedIrDeg ?? Math.round(modelSeatedIrDeg)}
            range={RANGES.seatedIrDeg}
            format={deg}
            onChange={(v) => onChange({ seatedIrDeg: v })}
            hint={
              state.seatedIrDeg === null ? (
                `The model hip’s own value. Enter yours to shape the model’s capsule to it. The model’s bones stop the turn at about ${RANGES.seatedIrDeg.max}°, so larger measurements (common in healthy people) are shown as ${RANGES.seatedIrDeg.max}°.`
              ) : (
                <>
                  The model turns this into a tighter or looser back of the capsule.{' '}
                  <button type="button" onClick={() => onChange({ seatedIrDeg: null })}>
                    Back to a typical hip
                  </button>
                </>
              )
            }
          />
          <RangeControl
            label="Ankle bend (knee over toes)"
            value={state.ankleDorsiflexionDeg}
            range={RANGES.ankleDorsiflexionDeg}
            format={deg}
            onChange={(v) => onChange({ ankleDorsiflexionDeg: v })}
          />
          <RangeControl
            label="Feet turned out"
            value={state.footTurnOutDeg}
            range={RANGES.footTurnOutDeg}
            format={deg}
            onChange={(v) => onChange({ footTurnOutDeg: v })}
          />
          <label className="hipviz-check">
            <input
              type="checkbox"
              checked={state.compensate}
              onChange={(e) => onChange({ compensate: e.currentTarget.checked })}
            />
            Let the body adapt (knee flare, butt wink, back arching)
          </label>
        </fieldset>
        <fieldset>
          <legend>Bone shape</legend>
          <div className="hipviz-toolbar" role="group" aria-label="Bone shape">
            {(Object.keys(SHAPES) as ShapeName[]).map((name) => (
              <button
                key={name}
                type="button"
                aria-pressed={shape === name}
                onClick={() => onChange({ ...SHAPES[name] })}
              >
                {SHAPE_LABELS[name]}
              </button>
            ))}
          </div>
          <RangeControl
            label="Alpha angle (ball–neck bump)"
            value={state.alphaDeg}
            range={RANGES.alphaDeg}
            format={deg}
            onChange={(v) => onChange({ alphaDeg: v })}
            hint="About 45° is typical; 60° or more is called a cam shape."
          />
          <RangeControl
            label="Centre-edge angle (socket depth)"
            value={state.lceDeg}
            range={RANGES.lceDeg}
            format={deg}
            onChange={(v) => onChange({ lceDeg: v })}
            hint="About 25–35° is typical; 40° or more is a deep (pincer) socket."
          />
        </fieldset>
      </div>
    </details>
  );
}
