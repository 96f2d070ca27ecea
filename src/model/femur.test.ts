import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FemurInput, FemurShape } from './femur.ts';
import {
  BASELINE_ALPHA_DEG,
  alphaAt,
  buildFemurMesh,
  buildFemurShape,
  femurSurfacePoint,
  neckAzimuth,
  surfaceRadiusAt,
} from './femur.ts';
import { DEFAULT_PARAMETERS, PARAMETER_RANGES } from './parameters.ts';
import type { Vec3 } from './vec.ts';
import { DEG, cross, dot, length, scale, sub } from './vec.ts';

type Key = keyof FemurInput;
const inRange = (k: Key) =>
  fc.double({ min: PARAMETER_RANGES[k].min, max: PARAMETER_RANGES[k].max, noNaN: true });
/** Any proximal femur the sliders allow (femur frame: X anterior, Y up the mechanical axis, Z lateral). */
const femur: fc.Arbitrary<FemurInput> = fc.record({
  headDiameterMm: inRange('headDiameterMm'),
  neckDiameterMm: inRange('neckDiameterMm'),
  neckLengthMm: inRange('neckLengthMm'),
  neckShaftAngleDeg: inRange('neckShaftAngleDeg'),
  femoralAnteversionDeg: inRange('femoralAnteversionDeg'),
  alphaAngleDeg: inRange('alphaAngleDeg'),
});
const angleDeg = (a: Vec3, b: Vec3) => Math.atan2(length(cross(a, b)), dot(a, b)) / DEG;
/** Part of v perpendicular to the unit u. */
const across = (v: Vec3, u: Vec3): Vec3 => sub(v, scale(u, dot(v, u)));

/**
 * The alpha angle read off the model's own contour at azimuth φ, as femur.ts defines it (the
 * point where the contour leaves the head's circle): walking from the medial pole of the head
 * towards the neck, the polar angle (from the neck axis) of the first point off the circle by
 * more than a nanometre, either way. (A reading of "the first point beyond the radius" gives
 * less where the junction runs just inside the circle before it bulges out, as it does for the
 * largest alpha angles: about 56° for an input of 90° with the default head and neck.)
 */
function contourAlphaDeg(f: FemurShape, phiDeg: number): number {
  const R = f.headRadiusMm;
  const c = Math.cos(phiDeg * DEG);
  const s = Math.sin(phiDeg * DEG);
  for (let x = -R; x <= f.waistSMm; x += 0.01) {
    const r = surfaceRadiusAt(f, x, c, s);
    if (Math.abs(Math.hypot(x, r) - R) > 1e-6) return Math.atan2(r, x) / DEG;
  }
  return NaN;
}

describe('proximal femur', () => {
  it('the neck meets the shaft at the neck-shaft angle and points medially, up and (anteverted) forwards', () => {
    fc.assert(
      fc.property(femur, (p) => {
        const f = buildFemurShape(p);
        const towardsHead = scale(f.neckAxis, -1);
        // Neck-shaft angle: between the neck axis (towards the head) and the shaft (distally).
        expect(angleDeg(towardsHead, scale(f.shaftAxis, -1))).toBeCloseTo(p.neckShaftAngleDeg, 9);
        // Right femur: the head is medial (−Z) of and above its neck base.
        expect(towardsHead[2]).toBeLessThan(0);
        expect(towardsHead[1]).toBeGreaterThan(0);
        // Anteversion: seen along the shaft, the neck is turned forwards from the condylar axis
        // (medial direction −Z) by the anteversion angle; retroversion turns it backwards.
        const neck = across(towardsHead, f.shaftAxis);
        const condylar = across([0, 0, -1], f.shaftAxis);
        const version = Math.sign(neck[0]) * angleDeg(neck, condylar);
        expect(Math.abs(version - p.femoralAnteversionDeg)).toBeLessThan(0.25);
        if (p.femoralAnteversionDeg > 0.5) expect(towardsHead[0]).toBeGreaterThan(0);
        if (p.femoralAnteversionDeg < -0.5) expect(towardsHead[0]).toBeLessThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('the femoral clock: 12 o’clock superior, 3 o’clock anterior, and the azimuth of a surface point reads back', () => {
    fc.assert(
      fc.property(femur, fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), (p, phi) => {
        const f = buildFemurShape(p);
        expect(f.neckSuperior[1]).toBeGreaterThan(0);
        expect(f.neckAnterior[0]).toBeGreaterThan(0);
        expect(dot(f.neckSuperior, f.neckAxis)).toBeCloseTo(0, 12);
        expect(dot(f.neckAnterior, f.neckAxis)).toBeCloseTo(0, 12);
        const q = femurSurfacePoint(f, f.waistSMm + 3, phi);
        const back = neckAzimuth(f, q);
        expect(Math.abs(Math.atan2(Math.sin(back - phi), Math.cos(back - phi)))).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('the contour leaves the head’s circle at the local alpha angle: the input at 1:30 (the cam), 40° at 7:30', () => {
    fc.assert(
      fc.property(femur, (p) => {
        const f = buildFemurShape(p);
        // Femoral clock 1:30 (anterosuperior) is azimuth 45°; 7:30 (posteroinferior) is 225°.
        expect(Math.abs(contourAlphaDeg(f, 45) - p.alphaAngleDeg)).toBeLessThan(0.25);
        const away = Math.min(p.alphaAngleDeg, BASELINE_ALPHA_DEG);
        expect(Math.abs(contourAlphaDeg(f, 225) - away)).toBeLessThan(0.25);
        // The cam is centred at 1:30: the contour's alpha angle is largest there.
        for (const phi of [0, 90, 135, 180, 270, 315]) {
          expect(contourAlphaDeg(f, phi)).toBeLessThanOrEqual(contourAlphaDeg(f, 45) + 0.05);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a cam adds bone at the anterosuperior junction and leaves the posteroinferior neck as it was', () => {
    const typical = buildFemurShape({ ...DEFAULT_PARAMETERS, alphaAngleDeg: 45 });
    const cam = buildFemurShape({ ...DEFAULT_PARAMETERS, alphaAngleDeg: 65 });
    const c = Math.cos(45 * DEG);
    const s = Math.sin(45 * DEG);
    const R = typical.headRadiusMm;
    // Between the cam's junction point and the typical hip's, the typical head has already
    // turned into its neck; the cam hip's contour is still out at the head's radius or beyond.
    for (let x = R * Math.cos(65 * DEG) + 0.5; x < R * Math.cos(45 * DEG); x += 0.5) {
      expect(surfaceRadiusAt(cam, x, c, s)).toBeGreaterThan(surfaceRadiusAt(typical, x, c, s));
    }
    for (let x = -R; x < cam.neckLengthMm; x += 0.5) {
      expect(surfaceRadiusAt(cam, x, -c, -s)).toBeCloseTo(surfaceRadiusAt(typical, x, -c, -s), 9);
    }
  });

  it('the head-neck surface has no step: continuous along the neck at every azimuth, narrower than the head, flaring to its base', () => {
    fc.assert(
      fc.property(femur, fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (p, phi) => {
        const f = buildFemurShape(p);
        const c = Math.cos(phi);
        const s = Math.sin(phi);
        const h = 1e-6;
        // Largest change of radius between samples 0.05 mm apart, away from the medial pole
        // (where the sphere's own slope is steep): a step in the surface would show here.
        let prev = surfaceRadiusAt(f, -f.headRadiusMm + 1, c, s);
        let largest = 0;
        for (let x = -f.headRadiusMm + 1.05; x <= f.neckLengthMm; x += 0.05) {
          const r = surfaceRadiusAt(f, x, c, s);
          largest = Math.max(largest, Math.abs(r - prev));
          prev = r;
        }
        expect(largest).toBeLessThan(0.35);
        // Across each breakpoint (head → junction, junction → waist) the radius does not jump.
        for (const x of [f.waistSMm, f.headRadiusMm * Math.cos(alphaAt(f, c, s))]) {
          const jump = surfaceRadiusAt(f, x + h, c, s) - surfaceRadiusAt(f, x - h, c, s);
          expect(Math.abs(jump)).toBeLessThan(1e-4);
        }
        const waist = surfaceRadiusAt(f, f.waistSMm, c, s);
        expect(waist).toBeLessThan(f.headRadiusMm);
        expect(surfaceRadiusAt(f, f.neckLengthMm, c, s)).toBeGreaterThan(waist);
      }),
      { numRuns: 100 },
    );
  });

  it('the drawn femur: articular rings and junction on the head sphere; greater trochanter lateral and proximal, lesser posteromedial and distal', () => {
    const f = buildFemurShape(DEFAULT_PARAMETERS);
    const mesh = buildFemurMesh(f);
    const R = f.headRadiusMm;
    // The first ring is the medial pole of the head; the junction loop lies on the head sphere.
    for (const q of mesh.headNeckRings[0] ?? []) expect(length(q)).toBeCloseTo(R, 9);
    for (const q of mesh.headNeckJunction) expect(length(q)).toBeCloseTo(R, 9);
    const base = scale(f.neckAxis, f.neckLengthMm);
    const gt = sub(mesh.greaterTrochanter.centreMm, base);
    const lt = sub(mesh.lesserTrochanter.centreMm, base);
    // Femur frame: Y proximal, Z lateral, X anterior.
    expect(gt[1]).toBeGreaterThan(0);
    expect(gt[2]).toBeGreaterThan(0);
    expect(lt[1]).toBeLessThan(0);
    expect(lt[2]).toBeLessThan(0);
    expect(lt[0]).toBeLessThan(0);
    expect(mesh.greaterTrochanter.radiusMm).toBeGreaterThan(mesh.lesserTrochanter.radiusMm);
  });
});
