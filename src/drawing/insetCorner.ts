/**
 * Which corner of the pane the close-up of the pinch goes in: the one that hides the least,
 * never the pinch itself or the ball, and as few of the named points as possible; the corner
 * in use is kept while it is as good as any, so the close-up does not jump as the figure moves.
 */
import type { Box } from './labelLayout';

export interface Corner {
  left: boolean;
  top: boolean;
}

export interface CornerInput {
  pane: { x: number; y: number; w: number; h: number };
  side: number;
  /** Room kept from the pane's edge, and from its top edge (where the tags are). */
  pad: number;
  topPad: number;
  marker: { x: number; y: number };
  ball: { x: number; y: number };
  points: readonly { x: number; y: number }[];
  current?: Corner | null;
}

const CORNERS: Corner[] = [
  { left: false, top: true },
  { left: true, top: true },
  { left: false, top: false },
  { left: true, top: false },
];

export function cornerBox(c: Corner, i: CornerInput): Box {
  return {
    x: c.left ? i.pane.x + i.pad : i.pane.x + i.pane.w - i.side - i.pad,
    y: c.top ? i.pane.y + i.topPad : i.pane.y + i.pane.h - i.side - i.pad,
    w: i.side,
    h: i.side,
  };
}

const within = (b: Box, p: { x: number; y: number }, margin = 0) =>
  p.x > b.x - margin && p.x < b.x + b.w + margin && p.y > b.y - margin && p.y < b.y + b.h + margin;

export function insetCorner(input: CornerInput): { corner: Corner; box: Box } {
  let best: { corner: Corner; box: Box; cost: number } | null = null;
  for (const corner of CORNERS) {
    const box = cornerBox(corner, input);
    let cost = within(box, input.marker, 14) ? 1000 : 0;
    if (within(box, input.ball)) cost += 500;
    for (const p of input.points) if (within(box, p, 4)) cost += 10;
    const same = input.current?.left === corner.left && input.current?.top === corner.top;
    if (!same) cost += 1;
    if (!best || cost < best.cost) best = { corner, box, cost };
  }
  return best!;
}
