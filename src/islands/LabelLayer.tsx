/**
 * The figure's names as real text over the picture (selectable, read by screen readers, at
 * least 12 CSS px): one label per part, with a leader line to the point it names. React
 * renders the words; `placeLabels` (labelPlacement.ts) moves them, straight in the DOM, each
 * time the picture changes or the camera moves, so the 3D frame loop never sets state.
 */
import type { Ref } from 'react';
import type { LabelSpec } from '../drawing/labels';

export interface LabelLayerProps {
  labels: readonly Pick<LabelSpec, 'id' | 'title' | 'detail' | 'essential'>[];
  /** Where each label starts before the first placement (percent of the pane), keyed by id. */
  initial: ReadonlyMap<string, { left: number; top: number }>;
  shown: boolean;
  ref?: Ref<HTMLDivElement>;
}

export default function LabelLayer({ labels, initial, shown, ref }: LabelLayerProps) {
  return (
    <div className="hipviz-labels" hidden={!shown} ref={ref}>
      <svg className="hipviz-leaders" aria-hidden="true">
        {labels.map((l) => (
          <g key={l.id} data-leader={l.id}>
            <path d="" />
            <circle r="2.5" cx="-10" cy="-10" />
          </g>
        ))}
      </svg>
      <ul aria-label="Parts named in the picture">
        {labels.map((l) => {
          const at = initial.get(l.id);
          const contact = l.id === 'contact';
          return (
            <li
              key={l.id}
              className={`hipviz-label${contact ? ' hipviz-contact-label' : ''}`}
              data-label={l.id}
              data-testid={contact ? 'contact-label' : undefined}
              style={
                at
                  ? { left: `${at.left.toFixed(2)}%`, top: `${at.top.toFixed(2)}%` }
                  : { visibility: 'hidden' }
              }
            >
              <strong>{l.title}</strong>
              {l.detail && (
                <span className={l.essential ? 'essential' : undefined}> {l.detail}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
