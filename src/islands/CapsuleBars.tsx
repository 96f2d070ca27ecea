/** Strain of each capsule region as a small bar, on the same colour scale and with the same names as the bands in the picture. */
import { BAND_NAMES } from '../drawing/capsuleBands';
import type { HipState } from '../model';
import { STRAIN_SCALE_MAX, strainColour, strainLegendGradient } from '../utils/strainColour';

export interface CapsuleBarsProps {
  capsule: HipState['capsule'];
}

export const REGION_NAMES: Record<keyof HipState['capsule'], string> = BAND_NAMES;

export default function CapsuleBars({ capsule }: CapsuleBarsProps) {
  const regions = Object.keys(REGION_NAMES) as (keyof HipState['capsule'])[];
  return (
    <div
      className="hipviz-panel"
      role="group"
      aria-label="How stretched each part of the capsule is"
    >
      <p className="hipviz-panel-title">Capsule stretch</p>
      <ul className="hipviz-bars">
        {regions.map((key) => {
          const strain = Math.max(0, capsule[key].strain);
          const width = Math.min(100, (strain / STRAIN_SCALE_MAX) * 100);
          return (
            <li key={key} data-region={key}>
              <span>{REGION_NAMES[key]}</span>
              <span className="hipviz-bar" aria-hidden="true">
                {/* A tenth of a percent: the server's markup must equal the browser's to the digit. */}
                <span
                  style={{
                    width: `${Math.round(width * 10) / 10}%`,
                    background: strainColour(strain),
                  }}
                />
              </span>
              <output>{Math.round(strain * 100)}%</output>
            </li>
          );
        })}
      </ul>
      <div className="hipviz-legend" aria-hidden="true">
        <span>slack</span>
        <span className="ramp" style={{ background: strainLegendGradient() }} />
        <span>{Math.round(STRAIN_SCALE_MAX * 100)}%+ stretch</span>
      </div>
    </div>
  );
}
