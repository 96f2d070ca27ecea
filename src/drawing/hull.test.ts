import { describe, expect, it } from 'vitest';
import { convexHull } from './hull';

describe('convex hull', () => {
  it('keeps the corners of a square and drops the inside', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
      { x: 1, y: 1 },
      { x: 1, y: 0 },
    ];
    const hull = convexHull(pts);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 1, y: 1 });
  });
  it('wraps two separate circles as one capsule', () => {
    const circle = (cx: number) =>
      Array.from({ length: 16 }, (_, i) => ({
        x: cx + Math.cos((i * Math.PI) / 8),
        y: Math.sin((i * Math.PI) / 8),
      }));
    const hull = convexHull([...circle(0), ...circle(10)]);
    const xs = hull.map((p) => p.x);
    expect(Math.min(...xs)).toBeCloseTo(-1);
    expect(Math.max(...xs)).toBeCloseTo(11);
    expect(hull.length).toBeLessThan(32);
  });
});
