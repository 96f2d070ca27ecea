/**
 * The bones as drawable tubes (rings of points, each ring a closed convex loop), read by both
 * the 3D scene (stitched into meshes) and the flat drawing (each pair of neighbouring rings
 * projected and hulled). No three.js here.
 *
 * The femur and the socket are the model's own surfaces (src/model: femur.ts, acetabulum.ts),
 * so a cam bump or a deep socket is really there. The rest of the hip bone is not in the
 * model: it is an anatomical drawing placed in the pelvis frame (mm; X anterior, Y superior,
 * Z lateral for this right hip; origin at the socket centre) around the model's socket, so a
 * reader can place the socket in the body. Its proportions:
 * - the front of the iliac crest (ASIS) at 44 mm anterior, 69 mm superior and 32 mm lateral
 *   of the socket centre: Bell, Pedersen & Brand (1990, Hum Mov Sci 9:25–30) place the hip
 *   centre 19%, 30% and 14% of the inter-ASIS distance posterior, inferior and medial of the
 *   ASIS (as the regression is usually quoted), with a typical adult inter-ASIS distance of
 *   about 230 mm;
 * - the midline (pubic symphysis) 83 mm medial of the socket centre (36% of 230 mm, the same
 *   regression);
 * - the ischial tuberosity below and behind the socket, placed so that the gap between it and
 *   the model's lesser trochanter (the ischiofemoral space) is about 20 mm standing: 23 ± 8 mm
 *   in hips without pain on MRI (Torriani et al. 2009, AJR 193:186–190);
 * - the rest (the inferior spine just above the front of the rim, the sciatic notch behind,
 *   the pubic rami around the obturator foramen, the wing's thickness) drawn after the
 *   standard descriptions of the hip bone (Gray's Anatomy) at the scale these set.
 * Everything scales with the model's head (the figures above are for its 46 mm default).
 * The wing is drawn back to about 90 mm behind the socket centre, short of the joint with the
 * sacrum (which would only push the joint into a corner of the picture).
 */
import type { HipGeometry, Vec3 } from '../model';

export type { Vec3 };

export type BonePart =
  | 'ilium'
  | 'ischium'
  | 'pubis'
  | 'socket-shell'
  | 'shaft'
  | 'greater-trochanter'
  | 'lesser-trochanter'
  | 'head-neck';

export interface Tube {
  part: BonePart;
  /** Closed loops of the same length; neighbouring rings are joined. */
  rings: Vec3[][];
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const mul = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const unit = (a: Vec3): Vec3 => mul(a, 1 / (Math.hypot(a[0], a[1], a[2]) || 1));

/** An elliptical cross-section: centre and its two semi-axes. */
interface Station {
  c: Vec3;
  a: Vec3;
  b: Vec3;
}

function ring({ c, a, b }: Station, segments: number): Vec3[] {
  return Array.from({ length: segments }, (_, j) => {
    const t = (2 * Math.PI * j) / segments;
    return add(c, add(mul(a, Math.cos(t)), mul(b, Math.sin(t))));
  });
}

/** A tube through elliptical stations, closed at both ends by rings shrunk to a point. */
function tube(part: BonePart, stations: Station[], segments = 24): Tube {
  const rings = stations.map((s) => ring(s, segments));
  const first = stations[0]!;
  const last = stations[stations.length - 1]!;
  const capStart = sub(first.c, mul(unit(sub(stations[1]!.c, first.c)), 2));
  const capEnd = add(last.c, mul(unit(sub(last.c, stations[stations.length - 2]!.c)), 2));
  return {
    part,
    rings: [rings[0]!.map(() => capStart), ...rings, rings[rings.length - 1]!.map(() => capEnd)],
  };
}

/**
 * Stations along a path of centres, each section perpendicular to the path: `wide` is the
 * semi-axis lying closest to the hint direction, `thin` the other.
 */
function along(path: readonly [Vec3, number, number][], hint: Vec3): Station[] {
  return path.map(([c, wide, thin], i) => {
    const prev = path[Math.max(0, i - 1)]![0];
    const next = path[Math.min(path.length - 1, i + 1)]![0];
    const t = unit(sub(next, prev));
    const w = unit(sub(hint, mul(t, dot(hint, t))));
    return { c, a: mul(w, wide), b: mul(unit(cross(t, w)), thin) };
  });
}

/** The wing of the ilium from its front and back borders at each height and its thickness. */
function wing(rows: readonly [Vec3, Vec3, number][]): Station[] {
  return rows.map(([front, back, thickness]) => {
    const half = mul(sub(front, back), 0.5);
    const lateral = unit([-half[2], 0, half[0]]);
    return { c: add(back, half), a: half, b: mul(lateral, thickness / 2) };
  });
}

/** Default head radius (mm) the proportions above are written for. */
const REFERENCE_RADIUS_MM = 23;

/** The hip bone around the model's socket, in the pelvis frame. */
export function pelvisTubes(acetabulum: HipGeometry['acetabulum']): Tube[] {
  const k = acetabulum.radiusMm / REFERENCE_RADIUS_MM;
  const p = (x: number, y: number, z: number): Vec3 => [x * k, y * k, z * k];
  const ilium = tube(
    'ilium',
    wing([
      [p(16, 24, -4), p(-26, 22, -14), 20 * k],
      [p(26, 34, 7), p(-36, 33, -19), 16 * k],
      [p(32, 50, 16), p(-56, 54, -30), 10 * k],
      [p(45, 68, 31), p(-78, 74, -38), 9 * k],
      [p(40, 84, 29), p(-90, 88, -42), 12 * k],
      [p(18, 97, 22), p(-80, 100, -42), 12 * k],
    ]),
  );
  const ischium = tube(
    'ischium',
    along(
      [
        [p(-18, -6, -15), 14 * k, 10 * k],
        [p(-26, -26, -15), 12 * k, 10 * k],
        [p(-34, -48, -15), 14 * k, 12 * k],
        [p(-34, -62, -16), 13 * k, 11 * k],
        [p(-28, -72, -20), 9 * k, 7 * k],
      ],
      [1, 0, 0],
    ),
  );
  // The superior ramus from the front of the socket to the pubic body at the midline, and
  // the inferior ramus back to the ischium: together with the ischium they ring the
  // obturator foramen.
  const superiorRamus = tube(
    'pubis',
    along(
      [
        [p(12, 0, -14), 11 * k, 9 * k],
        [p(21, -5, -34), 8 * k, 7 * k],
        [p(27, -13, -56), 8 * k, 7 * k],
        [p(29, -28, -74), 14 * k, 9 * k],
        [p(27, -42, -79), 11 * k, 8 * k],
      ],
      [0, 1, 0],
    ),
  );
  const inferiorRamus = tube(
    'pubis',
    along(
      [
        [p(24, -46, -76), 8 * k, 6 * k],
        [p(6, -60, -58), 7 * k, 5 * k],
        [p(-14, -70, -38), 7 * k, 5 * k],
        [p(-26, -73, -24), 8 * k, 6 * k],
      ],
      [0, 1, 0],
    ),
  );
  return [
    socketShell(acetabulum),
    ...[ilium, ischium, superiorRamus, inferiorRamus].map((t) => behindRim(t, acetabulum)),
  ];
}

/** How far behind the rim's plane the hip bone stays, near the socket, mm. */
const RIM_SETBACK_MM = 1.5;

/** The bone nearest the socket stays this far out from its centre, as a share of its radius (the cup's lining and the ball are inside). */
const CUP_CLEAR = 1.15;

/**
 * The rim is the hip bone's outermost edge around the socket: near the socket, no drawn bone
 * may reach past the rim's plane (where the ball and neck move), nor into the cup. Points
 * that would are moved back along the socket's axis, then out from its centre.
 */
function behindRim(t: Tube, a: HipGeometry['acetabulum']): Tube {
  const axis = a.openingAxis;
  const rim = a.rim[0]!.pointMm;
  const plane = dot(rim, axis) - RIM_SETBACK_MM;
  const reach = a.radiusMm * 1.6;
  const clear = a.radiusMm * CUP_CLEAR;
  return {
    ...t,
    rings: t.rings.map((ring) =>
      ring.map((p0) => {
        let p = p0;
        const h = dot(p, axis);
        if (h > plane && Math.hypot(...sub(p, mul(axis, h))) < reach)
          p = add(p, mul(axis, plane - h));
        const r = Math.hypot(p[0], p[1], p[2]);
        return r < clear ? mul(p, clear / r) : p;
      }),
    ),
  };
}

/** How far the bone around the cup reaches, as a share of the socket's radius. */
export const SHELL_SCALE = 1.32;

/**
 * The bone around the cup: from behind the dome out to the bony rim, the model's own socket
 * rings pushed outward. It stops at the model's rim, where the labrum starts.
 */
export function socketShell(acetabulum: HipGeometry['acetabulum']): Tube {
  const { openingAxis: axis, radiusMm: r, socketRings, rim } = acetabulum;
  const pole = mul(axis, -r * SHELL_SCALE);
  const outer = socketRings.map((ring) => ring.map((v) => mul(v, SHELL_SCALE)));
  return {
    part: 'socket-shell',
    rings: [outer[0]!.map(() => pole), ...outer, rim.map((s) => s.pointMm)],
  };
}

/** How much of the shaft below the neck is drawn, mm along the shaft from the neck base. */
export const SHAFT_DRAWN_MM = 65;

/**
 * The proximal femur in the femur frame: the model's head-and-neck surface, its upper shaft
 * cut off below the lesser trochanter (the cut face shows as a cut), and the trochanters at
 * the model's centres, drawn as rounded bosses rather than balls (the greater one taller than
 * wide, as on a radiograph).
 */
export function femurTubes(femur: HipGeometry['femur']): Tube[] {
  const rings = femur.shaftRings;
  // The model samples the shaft every 15 mm from 25 mm above the neck base.
  const keep = Math.min(rings.length, Math.floor((25 + SHAFT_DRAWN_MM) / 15) + 1);
  const shaftRings = rings.slice(0, keep);
  const centre = (ring: readonly Vec3[]) =>
    mul(
      ring.reduce<Vec3>((s, v) => add(s, v), [0, 0, 0]),
      1 / ring.length,
    );
  const top = centre(shaftRings[0]!);
  const bottom = centre(shaftRings[shaftRings.length - 1]!);
  const shaft: Tube = {
    part: 'shaft',
    rings: [
      shaftRings[0]!.map(() => add(top, mul(femur.shaftAxis, 3))),
      ...shaftRings,
      shaftRings[0]!.map(() => bottom),
    ],
  };
  const up = femur.shaftAxis;
  const boss = (
    part: BonePart,
    s: HipGeometry['femur']['greaterTrochanter'],
    tall: number,
    wide: number,
  ) => {
    const side = unit(cross(up, [1, 0, 0]));
    const front = unit(cross(side, up));
    const steps = 7;
    const stations: Station[] = [];
    for (let i = 0; i <= steps; i++) {
      const t = -1 + (2 * i) / steps;
      const w = Math.sqrt(Math.max(0.04, 1 - t * t));
      stations.push({
        c: add(s.centreMm, mul(up, t * s.radiusMm * tall)),
        a: mul(side, w * s.radiusMm * wide),
        b: mul(front, w * s.radiusMm),
      });
    }
    return tube(part, stations, 24);
  };
  return [
    shaft,
    boss('greater-trochanter', femur.greaterTrochanter, 1.3, 0.9),
    boss('lesser-trochanter', femur.lesserTrochanter, 1.2, 1),
    { part: 'head-neck', rings: femur.headNeckRings },
  ];
}
