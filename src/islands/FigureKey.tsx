/**
 * The key under the picture: the ball's glide, magnified (src/drawing/glideLens.ts), with its
 * true size in words; what the capsule's colours and shapes mean; and, without WebGL, a calm
 * note that the picture is a flat drawing of the same model.
 */
import { glideLens, glideWords } from '../drawing/glideLens';
import { viewBasis } from '../drawing/project';
import type { HipGeometry, HipState } from '../model';
import type { CameraState } from '../state/figureState';
import { strainLegendGradient } from '../utils/strainColour';

export interface FigureKeyProps {
  hip: HipState;
  geometry: HipGeometry;
  /** The orbit the picture is seen from, so the glide's arrow points the same way. */
  camera: CameraState;
  noWebgl: boolean;
}

export default function FigureKey({ hip, geometry, camera, noWebgl }: FigureKeyProps) {
  const lens = glideLens(hip, geometry.acetabulum, viewBasis(camera));
  const words = glideWords(hip.headTranslationMm);
  return (
    <div className="hipviz-key">
      <div className="hipviz-key-item" data-key="glide">
        <svg viewBox={lens.viewBox} className="hipviz-lens" aria-hidden="true">
          <path className="socket" d={lens.socket} />
          <path className="ghost" d={lens.ghost} />
          <path className="ball" d={lens.ball} />
          {lens.arrow && <path className="arrow" d={lens.arrow} />}
        </svg>
        <p>
          <span data-testid="glide-words">{words}</span>
          <span className="hipviz-key-hint">Dashed: the ball centred. Solid: where it is.</span>
        </p>
      </div>
      <div className="hipviz-key-item" data-key="capsule">
        <svg viewBox="0 0 48 32" className="hipviz-lens" aria-hidden="true">
          <path className="slack" d="M4 10q5-5 10 0t10 0t10 0t10 0" />
          <path className="taut" d="M4 24h40" />
        </svg>
        <p>
          <span>Capsule: wavy = slack, straight = taut</span>
          <span className="hipviz-key-ramp" aria-hidden="true">
            <span>slack</span>
            <span className="ramp" style={{ background: strainLegendGradient() }} />
            <span>taut</span>
          </span>
        </p>
      </div>
      {noWebgl && (
        <p className="hipviz-notice">
          3D is not available here, so this is a flat drawing of the same model.
        </p>
      )}
    </div>
  );
}
