/**
 * A simple figure doing the same squat, drawn from the model's body landmarks (mm; floor at
 * y = 0, X forward, Y up, Z right). Side view: trunk lean, knee travel, pelvic tilt and the
 * low-back curve. Front view: both legs, so knee flare shows. The right hip is marked.
 */
import { cssVar } from '../drawing/palette';
import type { HipState } from '../model';

export interface BodyFigureProps {
  body: HipState['body'];
  /** Seen from the front (knee flare) instead of from the side. */
  front: boolean;
}

type V = readonly [number, number, number];

// Colours from the figure's palette (src/drawing/palette.ts), so the body reads in every scheme.
const LIMB = cssVar('limb');
const NEAR_LIMB = cssVar('nearLimb');
const ACCENT = cssVar('accent');
/** Whole millimetres: the figure is 2 m tall, and the server's markup must equal the browser's. */
const mm = (v: number) => Math.round(v);

export default function BodyFigure({ body, front }: BodyFigureProps) {
  // Side: x forward. Front: the viewer faces the person, whose right is on the viewer's left.
  const px = (p: V) => mm(front ? -p[2] : p[0]);
  const py = (p: V) => mm(-p[1]);
  const pt = (p: V) => `${px(p)},${py(p)}`;
  const mirror = (p: V): V => [p[0], p[1], -p[2]];
  const line = (a: V, b: V, width: number, colour: string, key: string) => (
    <line
      key={key}
      x1={px(a)}
      y1={py(a)}
      x2={px(b)}
      y2={py(b)}
      style={{ stroke: colour }}
      strokeWidth={width}
      strokeLinecap="round"
    />
  );
  const spine = front
    ? [body.midHipMm, body.c7Mm]
    : [body.sacrumMm, ...body.lumbarCurveMm, body.c7Mm];
  const headR = 105;
  const viewBox = front ? '-600 -1900 1200 1960' : '-700 -1900 1400 1960';

  const legs = (side: 'right' | 'left') => {
    const m = side === 'left' ? mirror : (p: V) => p;
    const colour = side === 'right' ? NEAR_LIMB : LIMB;
    return [
      line(m(body.ankleMm), m(body.toeMm), 60, colour, `${side}-foot`),
      line(m(body.kneeMm), m(body.ankleMm), 95, colour, `${side}-shin`),
      line(m(body.hipMm), m(body.kneeMm), 130, colour, `${side}-thigh`),
    ];
  };

  return (
    <svg
      viewBox={viewBox}
      preserveAspectRatio="xMidYMax meet"
      role="img"
      aria-label={
        front
          ? 'The body, seen from the front, squatting to the same depth'
          : 'The body, seen from the side, squatting to the same depth'
      }
    >
      <line
        x1="-700"
        y1="0"
        x2="700"
        y2="0"
        strokeWidth="12"
        style={{ stroke: cssVar('textMuted') }}
      />
      {front ? [...legs('left'), ...legs('right')] : [...legs('right')]}
      <polyline
        points={spine.map(pt).join(' ')}
        fill="none"
        style={{ stroke: NEAR_LIMB }}
        strokeWidth="150"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {front ? (
        <>
          {line(body.hipMm, mirror(body.hipMm), 110, NEAR_LIMB, 'hips')}
          {line(body.shoulderMm, mirror(body.shoulderMm), 110, NEAR_LIMB, 'shoulders')}
        </>
      ) : (
        <polygon
          points={[body.hipMm, body.asisMm, body.pelvisTopMm, body.sacrumMm].map(pt).join(' ')}
          style={{ fill: LIMB, stroke: LIMB }}
          strokeWidth="40"
          strokeLinejoin="round"
        />
      )}
      {line(body.c7Mm, body.headMm, 80, NEAR_LIMB, 'neck')}
      <circle cx={px(body.headMm)} cy={py(body.headMm)} r={headR} style={{ fill: NEAR_LIMB }} />
      <circle
        cx={px(body.hipMm)}
        cy={py(body.hipMm)}
        r="55"
        fill="none"
        style={{ stroke: ACCENT }}
        strokeWidth="22"
      />
      <g aria-hidden="true">
        <path
          d={`M${px(body.centreOfMassMm) - 40} ${py(body.centreOfMassMm)}l40 -40l40 40l-40 40z`}
          fill="none"
          style={{ stroke: cssVar('text') }}
          strokeWidth="12"
        />
      </g>
    </svg>
  );
}
