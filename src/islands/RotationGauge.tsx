/**
 * "Rotation room": the inward roll the hip still has at this pose against what the posture
 * asks for. The post's central claim made visible: past 90° the two close in.
 */
import type { HipState } from '../model';
import { rotationHasWords, rotationMarginWords, rotationNeedsWords } from '../state/numberWords';

export interface RotationGaugeProps {
  availableDeg: HipState['internalRotationAvailableDeg'];
  requiredDeg: HipState['internalRotationRequiredDeg'];
}

const SCALE_MAX_DEG = 50;
const R = 70;

/** Point on the gauge's half circle for an angle on its 0–SCALE_MAX_DEG scale. */
function at(valueDeg: number, radius = R): [number, number] {
  const t = Math.min(1, Math.max(0, valueDeg / SCALE_MAX_DEG));
  const a = Math.PI * (1 - t);
  // A tenth of a unit: the server's Math.cos and the browser's may differ in the last digit,
  // and the server's markup must equal the browser's.
  const tenth = (v: number) => Math.round(v * 10) / 10;
  return [tenth(90 + radius * Math.cos(a)), tenth(90 - radius * Math.sin(a))];
}

function arc(fromDeg: number, toDeg: number): string {
  const [x0, y0] = at(fromDeg);
  const [x1, y1] = at(toDeg);
  return `M${x0.toFixed(1)} ${y0.toFixed(1)} A${R} ${R} 0 0 1 ${x1.toFixed(1)} ${y1.toFixed(1)}`;
}

export default function RotationGauge({ availableDeg, requiredDeg }: RotationGaugeProps) {
  const margin = rotationMarginWords(availableDeg, requiredDeg);
  const has = rotationHasWords(availableDeg);
  const needs = rotationNeedsWords(requiredDeg);
  const [nx, ny] = at(requiredDeg, R + 12);
  const [nx0, ny0] = at(requiredDeg, R - 12);
  const short = availableDeg < requiredDeg;
  return (
    <div className="hipviz-panel hipviz-gauge" role="group" aria-label="Rotation room">
      <p className="hipviz-panel-title">Rotation room</p>
      <svg
        viewBox="0 0 180 104"
        role="img"
        aria-label={`Inward roll: ${has}; this posture ${needs}; ${margin}.`}
      >
        <path
          d={arc(0, SCALE_MAX_DEG)}
          fill="none"
          stroke="var(--rule)"
          strokeWidth="14"
          strokeLinecap="round"
        />
        {availableDeg > 0.5 && (
          <path
            d={arc(0, availableDeg)}
            fill="none"
            stroke={short ? 'var(--accent)' : 'var(--model)'}
            strokeWidth="14"
            strokeLinecap="round"
          />
        )}
        <line
          x1={nx0}
          y1={ny0}
          x2={nx}
          y2={ny}
          stroke="var(--text)"
          strokeWidth="4"
          strokeLinecap="round"
        />
        <text x="90" y="84" textAnchor="middle" fontSize="20" fontWeight="700" fill="currentColor">
          {margin}
        </text>
        <text x="20" y="102" textAnchor="middle" fontSize="10" fill="currentColor">
          0°
        </text>
        <text x="160" y="102" textAnchor="middle" fontSize="10" fill="currentColor">
          {SCALE_MAX_DEG}°
        </text>
      </svg>
      <p className="hipviz-hint">
        Coloured arc: the inward roll the hip still has ({has}). Line: what this posture asks for (
        {needs}).
      </p>
    </div>
  );
}
