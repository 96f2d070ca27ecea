/** A labelled slider for one number of the figure's state, with its unit and an optional hint. */
import { useId, type ReactNode } from 'react';
import type { Range } from '../state/figureState';

export interface RangeControlProps {
  label: string;
  value: number;
  range: Range;
  /** How the value reads, e.g. "35°". */
  format: (value: number) => string;
  onChange: (value: number) => void;
  hint?: ReactNode;
}

export default function RangeControl({
  label,
  value,
  range,
  format,
  onChange,
  hint,
}: RangeControlProps) {
  const id = useId();
  return (
    <div className="hipviz-control">
      <label htmlFor={id}>
        {label}: <strong>{format(value)}</strong>
      </label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={format(value)}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      {hint && <span className="hipviz-hint">{hint}</span>}
    </div>
  );
}
