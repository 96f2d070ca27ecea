/**
 * Places a figure's HTML labels (LabelLayer) beside the screen points they name, with the
 * rules of src/drawing/labelLayout.ts, and draws their leader lines. Reads every size first,
 * then writes every position, so one placement costs one layout. Keeps each label's offset
 * from its point between calls while it stays free, so labels hold still as the figure moves.
 */
import { layoutLabels, offsetsOf, type Box } from '../drawing/labelLayout';

export interface ScreenAnchor {
  id: string;
  x: number;
  y: number;
}

export interface Placement {
  /** Each label's offset from its point after the last placement. */
  offsets: Map<string, { dx: number; dy: number }>;
}

/** The middle of a set of points (where the labels keep away from). */
export function middleOf(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  const n = points.length || 1;
  return {
    x: points.reduce((s, p) => s + p.x, 0) / n,
    y: points.reduce((s, p) => s + p.y, 0) / n,
  };
}

/** The translation each label was last given (getBoundingClientRect includes it). */
const translation = new WeakMap<HTMLElement, { x: number; y: number }>();

/** Margin kept inside the pane, CSS px. */
const EDGE = 4;

export function placeLabels(
  layer: HTMLElement,
  /** Each label's rank: placed first when higher, and whether it may be left out. */
  rank: ReadonlyMap<string, { priority: number; required: boolean }>,
  anchors: readonly ScreenAnchor[],
  pane: { width: number; height: number },
  obstacles: readonly Box[],
  state: Placement,
): void {
  if (layer.hidden) return;
  const items = [...layer.querySelectorAll<HTMLElement>('[data-label]')].filter(
    (el) => el.tagName === 'LI',
  );
  const byId = new Map(anchors.map((a) => [a.id, a]));
  // Reads. Where each label sits before its transform: the server's first placement (percent of
  // the pane), kept for the page's lifetime; measured to the subpixel, so that the label itself
  // lands on whole pixels (crisp text).
  const origin = items[0]?.parentElement?.getBoundingClientRect();
  const base = new Map(
    items.map((el) => {
      const r = el.getBoundingClientRect();
      const moved = translation.get(el) ?? { x: 0, y: 0 };
      const at = {
        x: r.left - (origin?.left ?? 0) - moved.x,
        y: r.top - (origin?.top ?? 0) - moved.y,
      };
      return [el, at] as const;
    }),
  );
  const boxes = items.flatMap((el) => {
    const id = el.dataset['label']!;
    const a = byId.get(id);
    if (!a) return [];
    return [
      {
        id,
        anchor: { x: a.x, y: a.y },
        w: el.offsetWidth,
        h: el.offsetHeight,
        priority: rank.get(id)?.priority ?? 0,
        required: rank.get(id)?.required ?? false,
      },
    ];
  });
  const placed = layoutLabels(boxes, {
    bounds: { x: EDGE, y: EDGE, w: pane.width - 2 * EDGE, h: pane.height - 2 * EDGE },
    obstacles: [...obstacles],
    previous: state.offsets,
    prefer: { contact: -Math.PI / 2, near: -Math.PI / 2 },
    outwardFrom: middleOf(boxes.map((b) => b.anchor)),
  });
  state.offsets = offsetsOf(placed);
  const where = new Map(placed.map((p) => [p.id, p]));
  // Writes.
  for (const el of items) {
    const p = where.get(el.dataset['label']!);
    if (!p) {
      el.style.visibility = 'hidden';
      continue;
    }
    el.style.visibility = '';
    // Moved by a transform, never by left and top: a label that follows the picture (the 3D
    // replacing the poster, an orbit) is not a layout shift, and costs no layout.
    const from = base.get(el)!;
    const move = { x: Math.round(p.box.x) - from.x, y: Math.round(p.box.y) - from.y };
    translation.set(el, move);
    el.style.transform = `translate(${move.x.toFixed(2)}px, ${move.y.toFixed(2)}px)`;
  }
  for (const g of layer.querySelectorAll<SVGGElement>('[data-leader]')) {
    const p = where.get(g.dataset['leader']!);
    const path = g.querySelector('path');
    const dot = g.querySelector('circle');
    if (!path || !dot) continue;
    if (!p) {
      path.setAttribute('d', '');
      dot.setAttribute('cx', '-10');
      continue;
    }
    const { x1, y1, x2, y2 } = p.leader;
    path.setAttribute('d', `M${x1.toFixed(1)} ${y1.toFixed(1)}L${x2.toFixed(1)} ${y2.toFixed(1)}`);
    dot.setAttribute('cx', x1.toFixed(1));
    dot.setAttribute('cy', y1.toFixed(1));
  }
}
