import { describe, expect, it } from 'vitest';
import { buildHipGeometry, femurPointToPelvis, solveHip } from '../model';
import { hipParameters, modelInput } from '../state/modelInput';
import { PRESETS, PRESET_NAMES } from '../state/presets';
import { femurTubes, pelvisTubes, type Vec3 } from './anatomy';

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const centreOf = (ring: readonly Vec3[]): Vec3 => {
  const c = ring.reduce<Vec3>((s, v) => [s[0] + v[0], s[1] + v[1], s[2] + v[2]], [0, 0, 0]);
  return [c[0] / ring.length, c[1] / ring.length, c[2] / ring.length];
};

describe('the hip bone drawn around the model socket', () => {
  const geometry = buildHipGeometry();
  const a = geometry.acetabulum;
  const pelvis = pelvisTubes(a);

  it('never reaches past the rim where the ball and neck move', () => {
    const rimPlane = dot(a.rim[0]!.pointMm, a.openingAxis);
    for (const t of pelvis.filter((t) => t.part !== 'socket-shell'))
      for (const ring of t.rings)
        for (const p of ring) {
          const h = dot(p, a.openingAxis);
          const radial = Math.hypot(
            p[0] - a.openingAxis[0] * h,
            p[1] - a.openingAxis[1] * h,
            p[2] - a.openingAxis[2] * h,
          );
          if (radial < a.radiusMm * 1.6) expect(h).toBeLessThanOrEqual(rimPlane);
        }
  });

  it('puts the front of the iliac crest where the cited proportions put it (Bell et al. 1990)', () => {
    const ilium = pelvis.find((t) => t.part === 'ilium')!;
    const front = ilium.rings.flat().reduce((best, v) => (v[0] > best[0] ? v : best));
    expect(front[0]).toBeGreaterThan(40);
    expect(front[0]).toBeLessThan(60);
    expect(front[1]).toBeGreaterThan(55);
    expect(front[1]).toBeLessThan(80);
  });

  it('leaves an ischiofemoral space near the one measured in hips without pain (Torriani et al. 2009)', () => {
    const ischium = pelvis.find((t) => t.part === 'ischium')!;
    const hip = solveHip(modelInput({ ...PRESETS.standing.state }));
    const lt = geometry.femur.lesserTrochanter;
    const c = femurPointToPelvis(hip, lt.centreMm);
    const gap =
      Math.min(
        ...ischium.rings.flat().map((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2])),
      ) - lt.radiusMm;
    expect(gap).toBeGreaterThan(12);
    expect(gap).toBeLessThan(32);
  });

  it.each(PRESET_NAMES)(
    'does not cut into the drawn femur in the %s preset, at any depth',
    (name) => {
      const state = PRESETS[name].state;
      const g = buildHipGeometry(hipParameters(state));
      const bone = pelvisTubes(g.acetabulum).filter((t) => t.part !== 'socket-shell');
      const femur = femurTubes(g.femur);
      for (const depth of [0, 0.25, 0.5, 0.75, 1]) {
        const hip = solveHip(modelInput({ ...state, depth }));
        // Each pair of neighbouring rings as a frustum: axis from centre to centre, radii.
        const frusta = femur.flatMap((t) => {
          const rings = t.rings.map((ring) => {
            const posed = ring.map((v) => femurPointToPelvis(hip, v));
            const c = centreOf(posed);
            const r = Math.min(
              ...posed.map((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2])),
            );
            return { c, r };
          });
          return rings.slice(1).map((b, i) => ({ a: rings[i]!, b }));
        });
        for (const t of bone)
          for (const ring of t.rings)
            for (const p of ring)
              for (const { a: ra, b: rb } of frusta) {
                const axis: Vec3 = [rb.c[0] - ra.c[0], rb.c[1] - ra.c[1], rb.c[2] - ra.c[2]];
                const len = Math.hypot(...axis);
                if (len < 1e-6) continue;
                const u: Vec3 = [axis[0] / len, axis[1] / len, axis[2] / len];
                const d: Vec3 = [p[0] - ra.c[0], p[1] - ra.c[1], p[2] - ra.c[2]];
                const along = dot(d, u) / len;
                if (along < 0 || along > 1) continue;
                const radial = Math.hypot(
                  d[0] - u[0] * along * len,
                  d[1] - u[1] * along * len,
                  d[2] - u[2] * along * len,
                );
                const r = ra.r + (rb.r - ra.r) * along;
                expect(radial, `${t.part} inside the femur at depth ${depth}`).toBeGreaterThan(
                  r - 0.5,
                );
              }
      }
    },
  );
});
