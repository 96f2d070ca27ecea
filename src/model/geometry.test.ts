import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockHourOf } from './acetabulum.ts';
import type { CapsuleRegion } from './capsule.ts';
import { CAPSULE_REGIONS, capsuleEnergy, capsuleLoads } from './capsule.ts';
import { buildContext, buildHipGeometry, contextFor, geometryOf } from './geometry.ts';
import { PARAMETER_RANGES, resolveParameters } from './parameters.ts';
import { IDENTITY } from './vec.ts';

const d = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
const r = (k: keyof typeof PARAMETER_RANGES) => d(PARAMETER_RANGES[k].min, PARAMETER_RANGES[k].max);
/** Bone shapes across the sliders' ranges (capsule at its typical tightness). */
const bones = fc
  .tuple(
    r('acetabularInclinationDeg'),
    r('acetabularAnteversionDeg'),
    r('lateralCenterEdgeDeg'),
    r('headDiameterMm'),
    r('neckShaftAngleDeg'),
    r('femoralAnteversionDeg'),
    r('alphaAngleDeg'),
    r('neckLengthMm'),
  )
  .map(
    ([inc, aav, lce, head, nsa, fav, alpha, neck]) =>
      resolveParameters({
        acetabularInclinationDeg: inc,
        acetabularAnteversionDeg: aav,
        lateralCenterEdgeDeg: lce,
        headDiameterMm: head,
        neckShaftAngleDeg: nsa,
        femoralAnteversionDeg: fav,
        alphaAngleDeg: alpha,
        neckLengthMm: neck,
      }).params,
  );

/** Clock hour h:mm as decimal hours. */
const at = (h: number, m: number) => h + m / 60;
/**
 * Acetabular origins navigated by Nam et al. (2011, capsule.ts): iliofemoral 12:35–2:18,
 * pubofemoral 4:02–5:27, ischiofemoral 8:44–11:45; the model's posteroinferior capsule fills the
 * gap between the pubofemoral and ischiofemoral arcs. Hours past 12 are written 12–14.
 */
const NAM_ARCS: Record<CapsuleRegion, [number, number]> = {
  iliofemoralLateral: [at(12, 35), at(14, 18)],
  iliofemoralMedial: [at(12, 35), at(14, 18)],
  pubofemoral: [at(4, 2), at(5, 27)],
  ischiofemoral: [at(8, 44), at(11, 45)],
  posteriorCapsule: [at(5, 27), at(8, 44)],
};

describe('hip geometry', () => {
  it('every capsular band starts on the rim where Nam et al. found it, whatever the socket’s orientation', () => {
    fc.assert(
      fc.property(bones, (p) => {
        const ctx = buildContext(p);
        for (const a of geometryOf(ctx).capsuleAttachments) {
          const h = clockHourOf(ctx.acetabulum, a.pelvicMm);
          const hour = h < 6 && NAM_ARCS[a.region][0] > 12 ? h + 12 : h;
          expect(hour).toBeGreaterThanOrEqual(NAM_ARCS[a.region][0]);
          expect(hour).toBeLessThanOrEqual(NAM_ARCS[a.region][1]);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('standing upright no band is pre-tensioned: no capsular force or moment on the femur', () => {
    fc.assert(
      fc.property(bones, (p) => {
        const ctx = buildContext(p);
        for (const fb of ctx.fibres) {
          expect(capsuleEnergy([fb], IDENTITY, [0, 0, 0], ctx.obstacles)).toBe(0);
        }
        const loads = capsuleLoads(ctx.fibres, IDENTITY, [0, 0, 0], ctx.obstacles);
        expect(loads.forceN).toEqual([0, 0, 0]);
        expect(loads.momentNmm).toEqual([0, 0, 0]);
      }),
      { numRuns: 30 },
    );
  });

  it('posterior tightness shortens and stiffens only the posteroinferior capsule and ischiofemoral ligament', () => {
    const typical = buildContext(resolveParameters({}).params);
    const tight = buildContext(resolveParameters({ posteriorCapsuleTightness: 3 }).params);
    const posterior = (g: CapsuleRegion) => g === 'posteriorCapsule' || g === 'ischiofemoral';
    expect(tight.fibres).toHaveLength(15);
    tight.fibres.forEach((fb, i) => {
      const was = typical.fibres[i];
      expect(fb.region).toBe(was?.region);
      expect(fb.pelvicMm).toEqual(was?.pelvicMm);
      expect(fb.femoralMm).toEqual(was?.femoralMm);
      if (posterior(fb.region)) {
        expect(fb.slackLengthMm).toBeLessThan(was?.slackLengthMm ?? 0);
        expect(fb.stiffnessN).toBeGreaterThan(was?.stiffnessN ?? Infinity);
      } else {
        expect(fb.slackLengthMm).toBe(was?.slackLengthMm);
        expect(fb.stiffnessN).toBe(was?.stiffnessN);
      }
    });
  });

  it('a band’s stiffness multiplier scales that band, and only that band', () => {
    const base = buildContext(resolveParameters({}).params);
    for (const region of CAPSULE_REGIONS) {
      const stiffer = buildContext(resolveParameters({ [`${region}Stiffness`]: 2 }).params);
      stiffer.fibres.forEach((fb, i) => {
        const was = base.fibres[i];
        expect(fb.slackLengthMm).toBe(was?.slackLengthMm);
        const ratio = fb.stiffnessN / (was?.stiffnessN ?? NaN);
        expect(ratio).toBeCloseTo(fb.region === region ? 2 : 1, 12);
      });
    }
  });

  it('what is drawn is what clearance is computed against: the drawn rim and labrum edge are the solver’s samples', () => {
    const ctx = buildContext(resolveParameters({ alphaAngleDeg: 60 }).params);
    const g = geometryOf(ctx);
    const rims = ctx.rimsFine;
    expect(rims.boneCount).toBe(g.acetabulum.rim.length);
    expect(rims.labrumCount).toBe(g.acetabulum.labrum.edgeMm.length);
    const sample = (k: number) => [rims.xyz[3 * k], rims.xyz[3 * k + 1], rims.xyz[3 * k + 2]];
    g.acetabulum.rim.forEach((s, j) => {
      expect(sample(j)).toEqual(s.pointMm);
      expect(rims.hours[j]).toBe(s.clockHour);
    });
    g.acetabulum.labrum.edgeMm.forEach((q, j) => expect(sample(rims.boneCount + j)).toEqual(q));
    // Passive range of motion uses the bony rim alone: same bone samples, no labrum.
    expect(ctx.bonesFine.labrumCount).toBe(0);
    expect(Array.from(ctx.bonesFine.xyz)).toEqual(Array.from(rims.xyz.subarray(0, 3 * 72)));
    expect(g.acetabulum.radiusMm).toBe(g.femur.headRadiusMm);
    expect(g.capsuleAttachments).toHaveLength(15);
  });

  it('a slider move reuses the anatomy it has; a changed bone rebuilds it; an out-of-range value is clamped', () => {
    const p = resolveParameters({ alphaAngleDeg: 52 }).params;
    const first = contextFor(p);
    expect(contextFor({ ...p })).toBe(first);
    const cam = contextFor({ ...p, alphaAngleDeg: 72 });
    expect(cam).not.toBe(first);
    expect(cam.femur.alphaMaxRad).toBeGreaterThan(first.femur.alphaMaxRad);
    // After many other anatomies the cached one is rebuilt, and is the same hip.
    for (let i = 0; i < 20; i++) contextFor({ ...p, neckLengthMm: 41 + i });
    expect(contextFor(p).fibres).toEqual(first.fibres);
    // A head far beyond the slider's range is drawn at the largest head allowed (58 mm).
    expect(buildHipGeometry({ headDiameterMm: 100 }).femur.headRadiusMm).toBe(29);
  });
});
