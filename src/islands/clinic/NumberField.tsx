/**
 * A measured number, typed or stepped with large − and + buttons (one thumb on a tablet),
 * that may also be left empty ("not measured").
 */
import { useId, useState } from 'react';
import { clampToRange, type Range } from '../../state/figureState';

export interface NumberFieldProps {
  label: string;
  /** A line under the field: how it was measured. */
  hint: string;
  /** What the model does with the number, when it needs saying (a report's angle is not the model's). */
  caution?: string;
  value: number | null;
  range: Range;
  /** Where − and + start from when nothing is entered yet. */
  startFrom: number;
  /** After the number: degrees unless said. */
  unit?: '°' | 'cm';
  /** A line of what the number means for the model (a conversion), shown when it is set. */
  reading?: string | undefined;
  onChange: (value: number | null) => void;
}

export default function NumberField({
  label,
  hint,
  caution,
  value,
  range,
  startFrom,
  unit = '°',
  reading,
  onChange,
}: NumberFieldProps) {
  const id = useId();
  // What the person is typing, until they leave the box; otherwise the value itself.
  const [draft, setDraft] = useState<string | null>(null);
  const step = (by: number) => {
    setDraft(null);
    onChange(clampToRange((value ?? startFrom) + by, range));
  };
  const commit = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() === '') onChange(null);
    else if (Number.isFinite(n)) onChange(clampToRange(n, range));
  };
  return (
    <div className="clinic-field">
      <label htmlFor={id}>{label}</label>
      <div className="clinic-stepper">
        <button
          type="button"
          className="clinic-button"
          aria-label={`${label}: less`}
          onClick={() => step(-range.step)}
        >
          −
        </button>
        <span className="clinic-number">
          <input
            id={id}
            type="number"
            inputMode={Number.isInteger(range.step) ? 'numeric' : 'decimal'}
            min={range.min}
            max={range.max}
            step={range.step}
            value={draft ?? (value === null ? '' : String(value))}
            placeholder="–"
            aria-describedby={[`${id}-hint`, reading && `${id}-reading`, caution && `${id}-caution`]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => {
              const raw = e.currentTarget.value;
              setDraft(raw);
              const n = Number(raw);
              if (raw.trim() !== '' && Number.isFinite(n) && n >= range.min && n <= range.max)
                onChange(clampToRange(n, range));
            }}
            onBlur={(e) => {
              commit(e.currentTarget.value);
              setDraft(null);
            }}
          />
          <span aria-hidden="true">{unit}</span>
        </span>
        <button
          type="button"
          className="clinic-button"
          aria-label={`${label}: more`}
          onClick={() => step(range.step)}
        >
          +
        </button>
        <button
          type="button"
          className="clinic-button quiet"
          disabled={value === null}
          onClick={() => {
            setDraft(null);
            onChange(null);
          }}
        >
          Not measured
        </button>
      </div>
      <p className="clinic-hint" id={`${id}-hint`}>
        {hint} ({range.min}–{range.max}
        {unit === '°' ? '°' : ' cm'})
      </p>
      {reading && (
        <p className="clinic-reading" id={`${id}-reading`} role="status">
          {reading}
        </p>
      )}
      {caution && (
        <p className="clinic-caution" id={`${id}-caution`}>
          {caution}
        </p>
      )}
    </div>
  );
}
