/** The joint as a flat drawing from the model: shown before the 3D loads, and instead of it without WebGL. */
import type { JointDrawing } from '../drawing/jointDrawing';

export interface JointPosterProps {
  drawing: JointDrawing;
  /** Hidden (but kept in place) while the live 3D covers it. */
  hidden: boolean;
}

export default function JointPoster({ drawing, hidden }: JointPosterProps) {
  return (
    <svg
      className="hipviz-poster"
      viewBox={drawing.viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      style={{ visibility: hidden ? 'hidden' : 'visible' }}
    >
      {drawing.shapes.map((s, i) => (
        <path
          key={i}
          d={s.d}
          fill={s.fill}
          stroke={s.stroke}
          strokeWidth={s.strokeWidth}
          strokeLinejoin="round"
          strokeLinecap="round"
          opacity={s.opacity}
          data-part={s.part}
        />
      ))}
    </svg>
  );
}
