import { describe, expect, it } from 'vitest';
import { insetCorner } from './insetCorner';

const base = {
  pane: { x: 0, y: 0, w: 400, h: 320 },
  side: 120,
  pad: 8,
  topPad: 36,
  ball: { x: 200, y: 170 },
  points: [] as { x: number; y: number }[],
};

describe('the close-up’s corner', () => {
  it('never covers the pinch, and prefers the corner hiding fewest named points', () => {
    const r = insetCorner({
      ...base,
      marker: { x: 330, y: 90 },
      points: [
        { x: 40, y: 80 },
        { x: 60, y: 100 },
        { x: 340, y: 260 },
      ],
    });
    expect(r.corner).toEqual({ left: true, top: false });
    const { box } = r;
    expect(330 > box.x && 330 < box.x + box.w && 90 > box.y && 90 < box.y + box.h).toBe(false);
  });
  it('keeps its corner while that is as good as any', () => {
    const input = { ...base, marker: { x: 200, y: 160 } };
    const first = insetCorner({ ...input, current: { left: true, top: false } });
    expect(first.corner).toEqual({ left: true, top: false });
  });
});
