import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLabels, offsetsOf, overlaps, type LabelBox } from './labelLayout';

const bounds = { x: 0, y: 0, w: 390, h: 300 };

describe('label layout', () => {
  it('places labels without overlaps, inside the pane, off every named point and obstacle', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 60, max: 330 }),
            y: fc.integer({ min: 50, max: 250 }),
            w: fc.integer({ min: 40, max: 130 }),
            h: fc.integer({ min: 16, max: 34 }),
          }),
          { minLength: 1, maxLength: 9 },
        ),
        (specs) => {
          const labels: LabelBox[] = specs.map((s, i) => ({
            id: `l${i}`,
            anchor: { x: s.x, y: s.y },
            w: s.w,
            h: s.h,
            priority: 10 - i,
            required: i < 5,
          }));
          const marker = { x: 180, y: 140, w: 20, h: 20 };
          const placed = layoutLabels(labels, { bounds, obstacles: [marker] });
          for (const p of placed) {
            expect(p.box.x).toBeGreaterThanOrEqual(0);
            expect(p.box.y).toBeGreaterThanOrEqual(0);
            expect(p.box.x + p.box.w).toBeLessThanOrEqual(bounds.w);
            expect(p.box.y + p.box.h).toBeLessThanOrEqual(bounds.h);
            expect(overlaps(p.box, marker)).toBe(false);
            for (const q of placed) if (q !== p) expect(overlaps(p.box, q.box)).toBe(false);
            for (const l of labels) {
              const a = l.anchor;
              expect(
                a.x > p.box.x &&
                  a.x < p.box.x + p.box.w &&
                  a.y > p.box.y &&
                  a.y < p.box.y + p.box.h,
              ).toBe(false);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts a label near its point, with a leader line that ends on the label', () => {
    const [p] = layoutLabels(
      [{ id: 'a', anchor: { x: 200, y: 150 }, w: 80, h: 20, priority: 1, required: true }],
      { bounds, prefer: { a: -Math.PI / 2 } },
    );
    expect(p!.box.y + p!.box.h).toBeLessThanOrEqual(150);
    expect(p!.box.y + p!.box.h).toBeGreaterThan(150 - 30);
    expect(p!.leader.x1).toBe(200);
    expect(p!.leader.y2).toBeCloseTo(p!.box.y + p!.box.h);
  });

  it('keeps a label where it was while that place stays free', () => {
    const label = {
      id: 'a',
      anchor: { x: 200, y: 150 },
      w: 80,
      h: 20,
      priority: 1,
      required: true,
    };
    const first = layoutLabels([label], { bounds });
    const moved = layoutLabels([{ ...label, anchor: { x: 204, y: 153 } }], {
      bounds,
      previous: offsetsOf(first),
    });
    expect(moved[0]!.box.x - 204).toBeCloseTo(first[0]!.box.x - 200);
    expect(moved[0]!.box.y - 153).toBeCloseTo(first[0]!.box.y - 150);
  });

  it('leaves out an optional label rather than overlap, but always places a required one', () => {
    const crowd: LabelBox[] = Array.from({ length: 12 }, (_, i) => ({
      id: `l${i}`,
      anchor: { x: 100 + (i % 4) * 10, y: 60 + Math.floor(i / 4) * 10 },
      w: 150,
      h: 40,
      priority: 20 - i,
      required: i < 4,
    }));
    const placed = layoutLabels(crowd, { bounds: { x: 0, y: 0, w: 320, h: 200 } });
    const ids = placed.map((p) => p.id);
    for (let i = 0; i < 4; i++) expect(ids).toContain(`l${i}`);
  });
});
