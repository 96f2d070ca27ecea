import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyInput, Landmarks } from './body.ts';
import { DE_LEVA, FIGURE, bodyCentreOfMassX, bodyLandmarks } from './body.ts';
import type { Vec3 } from './vec.ts';
import { DEG, add, distance, dot, scale, sub } from './vec.ts';

const L = DE_LEVA;
const armLengthMm = L.upperArm.lengthMm + L.forearm.lengthMm + L.hand.lengthMm;

/**
 * A body (world frame, mm: floor y = 0, X forward, Y up, Z right) at stature scale k, with the
 * shin leaning forward by shinDeg and the thigh raised from vertical by thighDeg.
 */
function body(
  k: number,
  shinDeg: number,
  thighDeg: number,
  pelvicTiltDeg: number,
  trunkLeanDeg: number,
  armElevationDeg: number,
): BodyInput {
  const z = (FIGURE.hipSeparationMm * k) / 2;
  const ankleMm: Vec3 = [0, FIGURE.ankleHeightMm * k, z];
  const Ls = L.shank.lengthMm * k;
  const Lt = L.thigh.lengthMm * k;
  const Lf = L.foot.lengthMm * k;
  const kneeMm = add(ankleMm, [Ls * Math.sin(shinDeg * DEG), Ls * Math.cos(shinDeg * DEG), 0]);
  const hipMm = add(kneeMm, [-Lt * Math.sin(thighDeg * DEG), Lt * Math.cos(thighDeg * DEG), 0]);
  const heelMm: Vec3 = [-FIGURE.ankleFromHeel * Lf, 0, z];
  return {
    scale: k,
    ankleMm,
    kneeMm,
    hipMm,
    heelMm,
    toeMm: add(heelMm, [Lf, 0, 0]),
    pelvicTiltDeg,
    trunkLeanDeg,
    armElevationDeg,
  };
}
const standing = (k: number) => body(k, 0, 0, 0, 0, 0);

const d = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
/** Squat-like postures over the ranges the balance solve searches (squat.ts). */
const posture = fc
  .tuple(d(0.8, 1.2), d(0, 40), d(0, 120), d(-30, 40), d(-20, 85), d(0, 90))
  .map(([k, s, t, p, T, a]) => body(k, s, t, p, T, a));

/** Every landmark as a flat list of points, for comparing two figures. */
const points = (m: Landmarks): Vec3[] => [
  m.toeMm,
  m.heelMm,
  m.ankleMm,
  m.kneeMm,
  m.hipMm,
  m.midHipMm,
  m.asisMm,
  m.pelvisTopMm,
  m.sacrumMm,
  ...m.lumbarCurveMm,
  m.c7Mm,
  m.shoulderMm,
  m.elbowMm,
  m.handMm,
  m.headMm,
  m.centreOfMassMm,
];

describe('body figure and balance', () => {
  it('de Leva’s segment masses make up the whole body (limbs counted twice)', () => {
    const total =
      L.headNeck.mass +
      L.trunk.mass +
      2 *
        (L.upperArm.mass +
          L.forearm.mass +
          L.hand.mass +
          L.thigh.mass +
          L.shank.mass +
          L.foot.mass);
    expect(total).toBeCloseTo(1, 9);
  });

  it('the balance solve’s centre of mass is the drawn figure’s, in every posture', () => {
    fc.assert(
      fc.property(posture, (b) => {
        const drawn = bodyLandmarks(b).centreOfMassMm;
        expect(Math.abs(bodyCentreOfMassX(b) - drawn[0])).toBeLessThan(1e-9);
        // The squat is symmetric, so the centre of mass stays in the mid-sagittal plane.
        expect(drawn[2]).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('standing, the figure is as tall as its stature, its centre of mass just above the hips, arms hanging', () => {
    for (const statureMm of [1400, 1741, 2100]) {
      const k = statureMm / L.statureMm;
      const m = bodyLandmarks(standing(k));
      // The head landmark is the head's centre of mass, (1 − 0.5002) of the head-neck length above C7.
      const vertexY = m.headMm[1] + L.headNeck.com * L.headNeck.lengthMm * k;
      expect(Math.abs(vertexY - statureMm)).toBeLessThan(0.02 * statureMm);
      // Whole-body centre of mass: above the hip joints, below 60% of stature (commonly quoted
      // at about 55% of stature in adults).
      expect(m.centreOfMassMm[1]).toBeGreaterThan(m.hipMm[1]);
      expect(m.centreOfMassMm[1]).toBeLessThan(0.6 * statureMm);
      // Standing upright the centre of mass is over the foot, between heel and toe.
      expect(m.centreOfMassMm[0]).toBeGreaterThan(m.heelMm[0]);
      expect(m.centreOfMassMm[0]).toBeLessThan(m.toeMm[0]);
      // Arms hang straight down from the shoulder, one arm's length.
      expect(m.shoulderMm[1] - m.handMm[1]).toBeCloseTo(armLengthMm * k, 6);
      expect(m.handMm[0]).toBeCloseTo(m.shoulderMm[0], 6);
    }
  });

  it('reaching forward (90°) holds the hands at shoulder height, one arm’s length ahead', () => {
    const m = bodyLandmarks(body(1, 20, 60, 0, 10, 90));
    expect(m.handMm[1]).toBeCloseTo(m.shoulderMm[1], 6);
    expect(m.handMm[0] - m.shoulderMm[0]).toBeCloseTo(armLengthMm, 6);
  });

  it('a taller person is the same figure scaled: every landmark scales with stature', () => {
    fc.assert(
      fc.property(posture, d(1400 / 1741, 2100 / 1741), (b, lambda) => {
        const big: BodyInput = {
          ...b,
          scale: b.scale * lambda,
          ankleMm: scale(b.ankleMm, lambda),
          kneeMm: scale(b.kneeMm, lambda),
          hipMm: scale(b.hipMm, lambda),
          heelMm: scale(b.heelMm, lambda),
          toeMm: scale(b.toeMm, lambda),
        };
        const small = points(bodyLandmarks(b));
        const large = points(bodyLandmarks(big));
        small.forEach((p, i) => {
          expect(distance(scale(p, lambda), large[i] ?? [0, 0, 0])).toBeLessThan(1e-8);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('the drawn trunk (mid-hip → sacrum → lumbar chord → C7) keeps de Leva’s trunk length in any pose', () => {
    fc.assert(
      fc.property(posture, (b) => {
        const m = bodyLandmarks(b);
        const top = m.lumbarCurveMm[m.lumbarCurveMm.length - 1] ?? m.c7Mm;
        const polyline =
          distance(m.midHipMm, m.sacrumMm) + distance(m.sacrumMm, top) + distance(top, m.c7Mm);
        expect(polyline).toBeCloseTo(L.trunk.lengthMm * b.scale, 6);
        // The lumbar curve joins the sacrum to the thorax.
        expect(m.lumbarCurveMm[0]).toEqual(m.sacrumMm);
      }),
      { numRuns: 100 },
    );
  });

  it('leaning the thorax forward moves the centre of mass forward (the balance solve relies on it)', () => {
    fc.assert(
      fc.property(posture, d(0.05, 10), (b, more) => {
        fc.pre(b.trunkLeanDeg + more <= 85);
        const leaned = { ...b, trunkLeanDeg: b.trunkLeanDeg + more };
        expect(bodyCentreOfMassX(leaned)).toBeGreaterThan(bodyCentreOfMassX(b));
      }),
      { numRuns: 200 },
    );
  });

  it('posterior pelvic tilt takes the ASIS up and back and the sacrum back', () => {
    fc.assert(
      fc.property(posture, d(1, 30), (b, tilt) => {
        const before = bodyLandmarks(b);
        const after = bodyLandmarks({ ...b, pelvicTiltDeg: b.pelvicTiltDeg + tilt });
        // The ASIS sits in front of and above the hip joint, so a posterior tilt (rotation about
        // +Z) swings it back, and up until the tilt reaches about 30° (beyond that it has passed
        // over the top of its arc about the hip).
        expect(after.asisMm[0]).toBeLessThan(before.asisMm[0]);
        if (b.pelvicTiltDeg + tilt < 29) expect(after.asisMm[1]).toBeGreaterThan(before.asisMm[1]);
        expect(after.sacrumMm[0]).toBeLessThan(before.sacrumMm[0]);
      }),
      { numRuns: 100 },
    );
  });

  it('the lumbar curve bulges forward (lordosis) below 40° of lumbar flexion and backward beyond it', () => {
    fc.assert(
      fc.property(posture, (b) => {
        const flexion = b.trunkLeanDeg + b.pelvicTiltDeg;
        fc.pre(Math.abs(flexion - FIGURE.standingLordosisDeg) > 1);
        const curve = bodyLandmarks(b).lumbarCurveMm;
        const first = curve[0] ?? [0, 0, 0];
        const last = curve[curve.length - 1] ?? [0, 0, 0];
        const mid = curve[3] ?? [0, 0, 0];
        const chord = sub(last, first);
        // Forward normal of the chord in the sagittal plane (the side with +X).
        const normal: Vec3 = [chord[1], -chord[0], 0];
        const bulge = dot(sub(mid, scale(add(first, last), 0.5)), normal);
        if (flexion < FIGURE.standingLordosisDeg) expect(bulge).toBeGreaterThan(0);
        else expect(bulge).toBeLessThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
