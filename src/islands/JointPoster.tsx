/**
 * The joint as a flat drawing from the model: shown before the 3D loads, and instead of it
 * without WebGL. Colours are CSS variables (src/drawing/palette.css), so the drawing follows
 * the page's scheme before any script runs. The close-up of the pinch reuses the drawing's
 * own layers (<use>), without the capsule. Names are HTML labels over it (LabelLayer), or,
 * for paper, SVG text (`textLabels`).
 */
import { useId } from 'react';
import { INSET_LAYERS, type JointDrawing, type Shape } from '../drawing/jointDrawing';
import { insetMarker, layered, shapeAttributes, svgLabels } from '../drawing/render';
import { cssVar } from '../drawing/palette';
import { circlePath, num } from '../drawing/project';

export interface JointPosterProps {
  drawing: JointDrawing;
  /** Hidden (but kept in place) while the live 3D covers it. */
  hidden: boolean;
  /** Draw the names into the picture (for print). */
  textLabels?: boolean;
}

function Path({ shape }: { shape: Shape }) {
  const a = shapeAttributes(shape, 'css');
  return (
    <path
      d={a.d}
      style={{ fill: a.fill, stroke: a.stroke }}
      strokeWidth={a.strokeWidth}
      opacity={a.opacity}
      strokeDasharray={a.strokeDasharray}
      paintOrder={a.paintOrder}
      strokeLinejoin="round"
      strokeLinecap="round"
      data-part={shape.part}
    />
  );
}

export default function JointPoster({ drawing, hidden, textLabels = false }: JointPosterProps) {
  const id = `joint${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const groups = layered(drawing);
  const inset = drawing.inset;
  return (
    <svg
      className="hipviz-poster"
      viewBox={drawing.viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden={textLabels ? undefined : true}
      role={textLabels ? 'img' : undefined}
      aria-label={textLabels ? 'The model hip, with its parts named' : undefined}
      style={{ visibility: hidden ? 'hidden' : 'visible' }}
    >
      {groups.map(([layer, shapes]) => (
        <g key={layer} id={`${id}-${layer}`}>
          {shapes.map((s, i) => (
            <Path key={i} shape={s} />
          ))}
        </g>
      ))}
      {inset && (
        <g className="hipviz-poster-inset">
          <rect
            x={num(inset.box.x)}
            y={num(inset.box.y)}
            width={num(inset.box.w)}
            height={num(inset.box.h)}
            style={{ fill: cssVar('bg'), stroke: cssVar('leader') }}
            strokeWidth={num(inset.box.w * 0.012)}
          />
          <svg
            x={num(inset.box.x)}
            y={num(inset.box.y)}
            width={num(inset.box.w)}
            height={num(inset.box.h)}
            viewBox={[inset.view.x, inset.view.y, inset.view.w, inset.view.h].map(num).join(' ')}
          >
            {groups
              .filter(([layer]) => INSET_LAYERS.includes(layer))
              .map(([layer]) => (
                <use key={layer} href={`#${id}-${layer}`} />
              ))}
            {insetMarker(drawing).map((s, i) => (
              <Path key={i} shape={s} />
            ))}
          </svg>
        </g>
      )}
      {textLabels &&
        svgLabels(drawing).map((l) => {
          const { box, leader } = l.placed;
          const fs = l.fontSize;
          const contact = l.id === 'contact';
          return (
            <g key={l.id} data-label={l.id}>
              <path
                d={`M${num(leader.x1)} ${num(leader.y1)}L${num(leader.x2)} ${num(leader.y2)}`}
                style={{ stroke: cssVar('leader') }}
                strokeWidth={num(fs * 0.09)}
              />
              <path
                d={circlePath(leader.x1, leader.y1, fs * 0.18)}
                style={{ fill: cssVar('leader') }}
              />
              <rect
                x={num(box.x)}
                y={num(box.y)}
                width={num(box.w)}
                height={num(box.h)}
                rx={num(fs * 0.3)}
                style={{
                  fill: cssVar(contact ? 'accent' : 'labelBg'),
                  stroke: cssVar('leader'),
                }}
                strokeWidth={num(fs * 0.06)}
              />
              {l.lines.map((line, i) => (
                <text
                  key={i}
                  x={num(box.x + fs * 0.35)}
                  y={num(box.y + fs * 0.35 + fs * (0.95 + 1.2 * i))}
                  fontSize={num(fs)}
                  fontWeight={line.bold ? 700 : undefined}
                  style={{ fill: cssVar(contact ? 'onAccent' : 'text') }}
                >
                  {line.text}
                </text>
              ))}
            </g>
          );
        })}
    </svg>
  );
}
