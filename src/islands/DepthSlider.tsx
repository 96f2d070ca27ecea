/** The primary control: squat depth. A native range input, so arrows, Page Up/Down and Home/End all work. */
import { useId } from 'react';
import { RANGES } from '../state/figureState';

export interface DepthSliderProps {
  /** Squat depth, 0 standing to 1 full depth. */
  depth: number;
  /** What a screen reader hears, e.g. "Below parallel, hip bent 104°". */
  valueText: string;
  onChange: (depth: number) => void;
}

export default function DepthSlider({ depth, valueText, onChange }: DepthSliderProps) {
  const id = useId();
  return (
    <div className="hipviz-depth">
      <label htmlFor={id}>
        Squat depth: <span className="hipviz-depth-value">{valueText}</span>
      </label>
      <input
        id={id}
        className="hipviz-range"
        type="range"
        min={RANGES.depth.min}
        max={RANGES.depth.max}
        step={RANGES.depth.step}
        value={depth}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <div className="hipviz-ticks" aria-hidden="true">
        <span>Standing</span>
        <span>Parallel</span>
        <span>Full depth</span>
      </div>
    </div>
  );
}
