import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PATH_TOLERANCE, pathOf, simplify } from './project';

const distToSegment = (
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
};

describe('outline simplification', () => {
  it('keeps the ends and drops points on a straight run', () => {
    const line = Array.from({ length: 50 }, (_, i) => ({ x: i * 0.2, y: i * 0.1 }));
    expect(simplify(line)).toEqual([line[0], line[49]]);
  });

  it('keeps a corner', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 5, y: 5 },
    ];
    expect(simplify(pts)).toEqual(pts);
  });

  it('never strays further than its tolerance from any original point', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: -50, max: 50, noNaN: true }),
            y: fc.double({ min: -50, max: 50, noNaN: true }),
          }),
          { minLength: 2, maxLength: 60 },
        ),
        (pts) => {
          const kept = simplify(pts);
          // Each original point lies within the tolerance of the kept polyline's segment that spans it.
          let seg = 0;
          const idx = kept.map((k) => pts.indexOf(k));
          for (let i = 0; i < pts.length; i++) {
            while (seg < idx.length - 2 && i > idx[seg + 1]!) seg++;
            expect(distToSegment(pts[i]!, kept[seg]!, kept[seg + 1]!)).toBeLessThanOrEqual(
              PATH_TOLERANCE + 1e-9,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a much shorter path for a densely sampled circle, still closed', () => {
    const circle = Array.from({ length: 720 }, (_, i) => ({
      x: 20 * Math.cos((i * Math.PI) / 360),
      y: 20 * Math.sin((i * Math.PI) / 360),
    }));
    const d = pathOf(circle, true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.split('L').length).toBeLessThan(120);
  });
});
