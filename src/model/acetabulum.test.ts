import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AcetabulumInput } from './acetabulum.ts';
import { buildAcetabulumMesh, buildAcetabulumShape, clockHourOf } from './acetabulum.ts';
import { DEFAULT_PARAMETERS, PARAMETER_RANGES } from './parameters.ts';
import type { Vec3 } from './vec.ts';
import { DEG, cross, dot, length } from './vec.ts';

type Key = keyof AcetabulumInput;
const inRange = (k: Key) =>
  fc.double({ min: PARAMETER_RANGES[k].min, max: PARAMETER_RANGES[k].max, noNaN: true });
/** Any socket the sliders allow (pelvis frame: X anterior, Y superior, Z right = lateral). */
const socket: fc.Arbitrary<AcetabulumInput> = fc.record({
  headDiameterMm: inRange('headDiameterMm'),
  acetabularInclinationDeg: inRange('acetabularInclinationDeg'),
  acetabularAnteversionDeg: inRange('acetabularAnteversionDeg'),
  lateralCenterEdgeDeg: inRange('lateralCenterEdgeDeg'),
  labrumWidthMm: inRange('labrumWidthMm'),
});
const angleDeg = (a: Vec3, b: Vec3) => Math.atan2(length(cross(a, b)), dot(a, b)) / DEG;

describe('acetabulum', () => {
  it('the opening axis reads back the radiographic inclination (AP view) and anatomic anteversion (axial CT)', () => {
    fc.assert(
      fc.property(socket, (p) => {
        const { axis } = buildAcetabulumShape(p);
        // A right socket opens laterally, downwards and forwards.
        expect(axis[2]).toBeGreaterThan(0);
        expect(axis[1]).toBeLessThan(0);
        expect(axis[0]).toBeGreaterThanOrEqual(0);
        expect(length(axis)).toBeCloseTo(1, 12);
        // Murray 1993: radiographic inclination is the axis' coronal projection (Y–Z) measured
        // from the longitudinal axis; anatomic anteversion its transverse projection (X–Z)
        // measured from the transverse axis.
        const inclination = Math.atan2(axis[2], -axis[1]) / DEG;
        const anteversion = Math.atan2(axis[0], axis[2]) / DEG;
        expect(inclination).toBeCloseTo(p.acetabularInclinationDeg, 9);
        expect(anteversion).toBeCloseTo(p.acetabularAnteversionDeg, 9);
      }),
      { numRuns: 100 },
    );
  });

  it('the superolateral rim crosses the coronal plane at the lateral centre-edge angle from vertical', () => {
    fc.assert(
      fc.property(socket, (p) => {
        const mesh = buildAcetabulumMesh(buildAcetabulumShape(p));
        // The rim point in the coronal plane (x = 0) on the superior side, found by bisection on
        // the clock: 12 o'clock lies anterior of the plane (on it without anteversion), 9 o'clock
        // posterior.
        const x = (h: number) => mesh.clockToPoint(h)[0];
        expect(x(12)).toBeGreaterThanOrEqual(-1e-12);
        expect(x(9)).toBeLessThan(0);
        let lo = 9;
        let hi = 12;
        for (let i = 0; i < 60; i++) {
          const mid = 0.5 * (lo + hi);
          if (x(mid) < 0) lo = mid;
          else hi = mid;
        }
        const edge = mesh.clockToPoint(0.5 * (lo + hi));
        // Wiberg's angle on a coronal slice: centre → lateral edge, from the vertical.
        const ce = Math.atan2(edge[2], edge[1]) / DEG;
        expect(ce).toBeCloseTo(p.lateralCenterEdgeDeg, 6);
      }),
      { numRuns: 60 },
    );
  });

  it('a larger centre-edge angle gives a deeper socket all round; the labrum adds its width along the sphere', () => {
    fc.assert(
      fc.property(socket, fc.double({ min: 0.5, max: 10, noNaN: true }), (p, more) => {
        const L = Math.min(
          p.lateralCenterEdgeDeg + more,
          PARAMETER_RANGES.lateralCenterEdgeDeg.max,
        );
        fc.pre(L > p.lateralCenterEdgeDeg + 0.1);
        const shallow = buildAcetabulumShape(p);
        const deep = buildAcetabulumShape({ ...p, lateralCenterEdgeDeg: L });
        expect(deep.coverageRad).toBeGreaterThan(shallow.coverageRad);
        // Every rim point of the deeper socket is further from the dome (the rim is a circle of
        // constant polar angle, so "deeper" holds at every clock hour, not only laterally).
        const mShallow = buildAcetabulumMesh(shallow, 24);
        const mDeep = buildAcetabulumMesh(deep, 24);
        const dome = (a: typeof shallow): Vec3 => [-a.axis[0], -a.axis[1], -a.axis[2]];
        for (let j = 0; j < 24; j++) {
          const s = mShallow.rim[j]?.pointMm ?? [0, 0, 0];
          const d = mDeep.rim[j]?.pointMm ?? [0, 0, 0];
          expect(angleDeg(d, dome(deep))).toBeGreaterThan(angleDeg(s, dome(shallow)));
        }
        // The labrum's free edge continues the socket sphere: same radius, and its arc from the
        // bony rim along the sphere is the labrum width (mm).
        const R = p.headDiameterMm / 2;
        for (let j = 0; j < 24; j += 6) {
          const base = mShallow.labrum.baseMm[j] ?? [0, 0, 0];
          const edge = mShallow.labrum.edgeMm[j] ?? [0, 0, 0];
          expect(length(edge)).toBeCloseTo(R, 9);
          expect(R * angleDeg(base, edge) * DEG).toBeCloseTo(p.labrumWidthMm, 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the clock face: 12 o’clock is the highest rim point, 6 the lowest, 3 anterior, 9 posterior', () => {
    fc.assert(
      fc.property(socket, (p) => {
        const shape = buildAcetabulumShape(p);
        const mesh = buildAcetabulumMesh(shape, 144);
        const ys = mesh.rim.map((r) => r.pointMm[1]);
        const at = (h: number) => mesh.clockToPoint(h);
        expect(at(12)[1]).toBeCloseTo(Math.max(...ys), 9);
        expect(at(6)[1]).toBeCloseTo(Math.min(...ys), 9);
        expect(at(3)[0]).toBeGreaterThan(0);
        expect(at(9)[0]).toBeLessThan(0);
        // Reading the clock hour of a rim point gives back the hour it was placed at.
        for (const h of [0.5, 1.5, 3, 4.75, 6, 7.1, 9, 10.25, 11.75, 12]) {
          expect(clockHourOf(shape, at(h))).toBeCloseTo(h, 9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the socket surface lies on the articular sphere, from the dome out to the bony rim and no further', () => {
    const shape = buildAcetabulumShape(DEFAULT_PARAMETERS);
    const mesh = buildAcetabulumMesh(shape);
    const R = DEFAULT_PARAMETERS.headDiameterMm / 2;
    const dome: Vec3 = [-shape.axis[0], -shape.axis[1], -shape.axis[2]];
    const coverageDeg = shape.coverageRad / DEG;
    let previous = 0;
    for (const ring of mesh.socketRings) {
      const polar = angleDeg(ring[0] ?? [0, 0, 0], dome);
      expect(polar).toBeGreaterThan(previous);
      expect(polar).toBeLessThanOrEqual(coverageDeg + 1e-9);
      for (const q of ring) expect(length(q)).toBeCloseTo(R, 9);
      previous = polar;
    }
    expect(previous).toBeCloseTo(coverageDeg, 9);
    expect(mesh.rim).toHaveLength(72);
    for (const r of mesh.rim) expect(angleDeg(r.pointMm, dome)).toBeCloseTo(coverageDeg, 9);
  });
});
