import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cylinderPath, headNeckPath, spherePath } from './fibrePath.ts';
import type { Vec3 } from './vec.ts';
import { cross, dot, length, normalize, scale, sub } from './vec.ts';

const R = 25;
const axis: Vec3 = normalize([0.55, -0.45, 0.7]);
const coord = fc.double({ min: -60, max: 60, noNaN: true });
const point = fc
  .tuple(coord, coord, coord)
  .filter((p) => Math.hypot(...p) > 32) as fc.Arbitrary<Vec3>;
/** A fibre's two ends: both outside the head, at least 10 mm apart (as every capsular fibre is). */
const ends = fc
  .tuple(point, point)
  .filter(([A, B]) => Math.hypot(A[0] - B[0], A[1] - B[1], A[2] - B[2]) > 10);
const perp = (v: Vec3): Vec3 => sub(v, scale(axis, dot(v, axis)));
const sinAngle = (a: Vec3, b: Vec3) => length(cross(a, b)) / (length(a) * length(b) || 1);
/**
 * Away from the one place a shortest path has no derivative: the ends in line
 * with the head centre (or the neck axis) on opposite sides, where every
 * plane gives the same length and the path may swing either way.
 */
const smoothEnds = ends.filter(
  ([A, B]) => sinAngle(A, B) > 0.05 && sinAngle(perp(A), perp(B)) > 0.05,
);

describe('fibre paths over the head and around the neck', () => {
  it('the gradient with respect to the pelvic end equals the finite-difference derivative of length', () => {
    fc.assert(
      fc.property(smoothEnds, ([A, B]) => {
        const L = (a: Vec3) => headNeckPath(a, B, R, axis, 16.5, false).lengthMm;
        const g = headNeckPath(A, B, R, axis, 16.5, false).gradA;
        const h = 1e-4;
        for (let k = 0; k < 3; k++) {
          const up: Vec3 = [...A];
          const dn: Vec3 = [...A];
          up[k] = (A[k] ?? 0) + h;
          dn[k] = (A[k] ?? 0) - h;
          expect(Math.abs((L(up) - L(dn)) / (2 * h) - (g[k] ?? 0))).toBeLessThan(2e-3);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('length is continuous where a wrap starts (sphere and cylinder), and never shorter than straight', () => {
    // Slide A along a line so the straight path to B starts to cut the obstacle.
    const B: Vec3 = [0, -40, 0];
    let prevS = spherePath([-60, 40, 0], B, R, false).lengthMm;
    let prevC = cylinderPath([-60, 40, 0], B, [0, 0, 1], R, false).lengthMm;
    let wrapsSeen = 0;
    for (let x = -60; x <= 60; x += 0.01) {
      const A: Vec3 = [x, 40, 0];
      const s = spherePath(A, B, R, false);
      const c = cylinderPath(A, B, [0, 0, 1], R, false);
      const straight = Math.hypot(A[0] - B[0], A[1] - B[1], A[2] - B[2]);
      expect(s.lengthMm).toBeGreaterThanOrEqual(straight - 1e-9);
      expect(c.lengthMm).toBeGreaterThanOrEqual(straight - 1e-9);
      expect(Math.abs(s.lengthMm - prevS)).toBeLessThan(0.02);
      expect(Math.abs(c.lengthMm - prevC)).toBeLessThan(0.02);
      if (s.wrapped) wrapsSeen++;
      prevS = s.lengthMm;
      prevC = c.lengthMm;
    }
    expect(wrapsSeen).toBeGreaterThan(100);
  });

  it('for any fibre, length and slope are continuous where a wrap over the head or around the neck starts', () => {
    // Swing the pelvic end A round a circle about the head (radius 30–50 mm, as the capsule's
    // pelvic attachments sit ~30 mm from the head centre) in a random plane, past the places
    // where the straight line to B starts and stops touching the head or the neck. At each
    // such place the length may not jump and its slope along the swing may not kink.
    let wrapStarts = 0;
    const unit = fc
      .tuple(coord, coord, coord)
      .filter((v) => Math.hypot(...v) > 1)
      .map((v) => scale(v as Vec3, 1 / Math.hypot(...v)));
    const outsideNeck = (p: Vec3) => length(perp(p)) > 17.5;
    fc.assert(
      fc.property(
        point,
        unit,
        unit,
        fc.double({ min: 30, max: 50, noNaN: true }),
        (B, u, v0, rA) => {
          fc.pre(outsideNeck(B) && sinAngle(u, v0) > 0.1);
          const v = normalize(sub(v0, scale(u, dot(v0, u))));
          const A = (a: number): Vec3 => [
            rA * (Math.cos(a) * u[0] + Math.sin(a) * v[0]),
            rA * (Math.cos(a) * u[1] + Math.sin(a) * v[1]),
            rA * (Math.cos(a) * u[2] + Math.sin(a) * v[2]),
          ];
          const paths = [
            (a: number) => spherePath(A(a), B, R, false),
            (a: number) => cylinderPath(A(a), B, axis, 16.5, false),
          ];
          const step = 0.02;
          for (const path of paths) {
            let before = path(0).wrapped;
            for (let a = step; a <= 2 * Math.PI; a += step) {
              const now = path(a).wrapped;
              if (now === before) continue;
              let lo = a - step;
              let hi = a;
              for (let i = 0; i < 50; i++) {
                const mid = 0.5 * (lo + hi);
                if (path(mid).wrapped === before) lo = mid;
                else hi = mid;
              }
              before = now;
              if (!outsideNeck(A(lo)) || length(sub(A(lo), B)) < 5) continue;
              wrapStarts++;
              const h = 1e-7;
              const left = path(lo - h);
              const right = path(hi + h);
              // A moves at most rA·(hi − lo + 2h) mm, so a continuous length changes by no more.
              expect(Math.abs(right.lengthMm - left.lengthMm)).toBeLessThan(
                rA * (hi - lo + 2 * h) + 1e-9,
              );
              const tangent = sub(A(lo + h), A(lo - h));
              const slope = (g: Vec3) => dot(g, tangent) / length(tangent);
              expect(Math.abs(slope(right.gradA) - slope(left.gradA))).toBeLessThan(1e-4);
              // The fibre the capsule uses (the smoothed longer of the two) does not jump either.
              const both = (a: number) => headNeckPath(A(a), B, R, axis, 16.5, false).lengthMm;
              expect(Math.abs(both(hi + h) - both(lo - h))).toBeLessThan(
                rA * (hi - lo + 2 * h) + 1e-9,
              );
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(wrapStarts).toBeGreaterThan(30);
  });

  it('the blended path is at least as long as either single-obstacle path', () => {
    fc.assert(
      fc.property(ends, ([A, B]) => {
        const both = headNeckPath(A, B, R, axis, 16.5, false).lengthMm;
        expect(both).toBeGreaterThanOrEqual(spherePath(A, B, R, false).lengthMm - 1e-9);
        expect(both).toBeGreaterThanOrEqual(cylinderPath(A, B, axis, 16.5, false).lengthMm - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('drawn points start at A and end at B', () => {
    const p = headNeckPath([-40, 30, 10], [10, -35, 20], R, axis, 16.5, true);
    expect(p.points?.[0]).toEqual([-40, 30, 10]);
    expect(p.points?.[p.points.length - 1]).toEqual([10, -35, 20]);
  });
});
