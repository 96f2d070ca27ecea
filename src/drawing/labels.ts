/**
 * What the figure names and where each name points: a point (pelvis frame, mm) on the part
 * itself, chosen on the side that faces the viewer, and words from the model's answer (the
 * capsule's tension, where the neck touches). The 3D scene and the flat drawing project the
 * same points; src/drawing/labelLayout.ts places the text beside them.
 */
import { femurPointToPelvis, type HipGeometry, type HipState } from '../model';
import { clockText, round1 } from '../state/describe';
import type { Vec3 } from './anatomy';
import { BACK, FRONT, type Band, type Region } from './capsuleBands';
import type { ShapeMarks } from './shapeMarks';

export type LabelId =
  | 'contact'
  | 'near'
  | 'ball'
  | 'socket'
  | 'labrum'
  | 'neck'
  | 'cam'
  | 'pincer'
  | 'capsule-front'
  | 'capsule-back'
  | 'pelvis'
  | 'thigh';

export interface LabelSpec {
  id: LabelId;
  title: string;
  /** A second line. `essential` details carry the model's answer and are never dropped. */
  detail?: string;
  essential?: boolean;
  anchor: Vec3;
  /** Higher is placed first, nearest its part. */
  priority: number;
  /** Always shown; optional names give way when the pane is crowded. */
  required: boolean;
}

/** Below this clearance (mm) the closest spot is marked even without contact. */
export const NEAR_MM = 4;

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const mul = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: Vec3): Vec3 => mul(a, 1 / (Math.hypot(a[0], a[1], a[2]) || 1));

/** Clock distance in hours, 0–6. */
const hoursApart = (a: number, b: number) => {
  const d = Math.abs(a - b) % 12;
  return Math.min(d, 12 - d);
};

export interface LabelInput {
  geometry: HipGeometry;
  hip: HipState;
  bands: Band[];
  marks: ShapeMarks;
  /** Unit vector from the joint toward the viewer. */
  toViewer: Vec3;
  /** The ilium's lateral face and the end of the drawn shaft, for the optional names. */
  pelvisPointMm?: Vec3;
  shaftPointMm?: Vec3;
}

const TENSION_WORDS = { slack: 'slack', tightening: 'tightening', taut: 'taut' } as const;

/** A band's point that faces the viewer most, and that band. */
function facingBand(bands: Band[], regions: readonly Region[], centre: Vec3, toViewer: Vec3) {
  let best: { point: Vec3; band: Band; score: number } | null = null;
  for (const band of bands) {
    if (!regions.includes(band.region)) continue;
    const middle = band.fibres[Math.floor(band.fibres.length / 2)];
    if (!middle) continue;
    const n = middle.points.length;
    for (let i = Math.floor(n * 0.3); i <= Math.floor(n * 0.7); i++) {
      const p = middle.points[i]!;
      const score = dot(unit(sub(p, centre)), toViewer);
      if (!best || score > best.score) best = { point: p, band, score };
    }
  }
  return best;
}

export function labelSpecs({
  geometry,
  hip,
  bands,
  marks,
  toViewer,
  pelvisPointMm,
  shaftPointMm,
}: LabelInput): LabelSpec[] {
  const a = geometry.acetabulum;
  const f = geometry.femur;
  const centre = hip.pose.headCentreMm;
  const R = f.headRadiusMm;
  const out: LabelSpec[] = [];
  const busyHour = hip.contact?.clockHour ?? hip.nearestClockHour;

  if (hip.contact)
    out.push({
      id: 'contact',
      title: 'Pinch:',
      detail: `Touching the ${hip.contact.structure === 'labrum' ? 'labrum' : 'bony rim'} at ${clockText(hip.contact.clockHour)}`,
      essential: true,
      anchor: hip.contact.pointMm,
      priority: 100,
      required: true,
    });
  else if (hip.clearanceMm < NEAR_MM)
    out.push({
      id: 'near',
      title: 'Nearly touching:',
      detail: `neck ${round1(Math.max(0, hip.clearanceMm))} mm from the rim`,
      essential: true,
      anchor: hip.nearestPointMm,
      priority: 95,
      required: true,
    });

  // The ball: the point of the head that faces the viewer and lies outside the cup, away
  // from the neck.
  const neckDir = unit(sub(femurPointToPelvis(hip, f.neckAxis), centre));
  let ball: Vec3 = add(centre, mul(toViewer, R));
  let bestBall = -Infinity;
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 16; j++) {
      const polar = (Math.PI * (i + 0.5)) / 8;
      const az = (2 * Math.PI * j) / 16;
      const d: Vec3 = [
        Math.sin(polar) * Math.cos(az),
        Math.cos(polar),
        Math.sin(polar) * Math.sin(az),
      ];
      const facing = dot(d, toViewer);
      if (facing < 0.35) continue;
      const score = facing + 0.8 * dot(d, a.openingAxis) - 1.2 * Math.max(0, dot(d, neckDir));
      if (score > bestBall) {
        bestBall = score;
        ball = add(centre, mul(d, R * 0.98));
      }
    }
  out.push({
    id: 'ball',
    title: 'Ball',
    detail: 'head of the thigh bone',
    anchor: ball,
    priority: 90,
    required: true,
  });

  // Rim points by how much they face the viewer, away from the contact.
  const rimOrder = a.rim
    .map((r, i) => ({ ...r, i, facing: dot(unit(r.pointMm), toViewer) }))
    .sort((x, y) => y.facing - x.facing);
  const labrumAt = rimOrder.find((r) => hoursApart(r.clockHour, busyHour) >= 2.5) ?? rimOrder[0]!;
  const edge = a.labrum.edgeMm[labrumAt.i]!;
  out.push({
    id: 'labrum',
    title: 'Labrum',
    detail: 'soft rim of the socket',
    anchor: mul(add(edge, labrumAt.pointMm), 0.5),
    priority: 84,
    required: true,
  });
  const socketAt =
    rimOrder.find(
      (r) =>
        hoursApart(r.clockHour, busyHour) >= 2 && hoursApart(r.clockHour, labrumAt.clockHour) >= 3,
    ) ?? rimOrder[rimOrder.length - 1]!;
  out.push({
    id: 'socket',
    title: 'Socket',
    detail: 'part of the pelvis',
    anchor: mul(socketAt.pointMm, 1.2),
    priority: 85,
    required: true,
  });

  // The neck: well out along it, on its side facing the viewer.
  const neckRing = f.headNeckRings[Math.round(f.headNeckRings.length * 0.78)];
  if (neckRing) {
    const mid = mul(
      neckRing.reduce<Vec3>((acc, v) => add(acc, v), [0, 0, 0]),
      1 / neckRing.length,
    );
    const axisPoint = femurPointToPelvis(hip, mid);
    let neck = neckRing[0]!;
    let best = -Infinity;
    for (const v of neckRing) {
      const p = femurPointToPelvis(hip, v);
      const score = dot(unit(sub(p, axisPoint)), toViewer);
      if (score > best) {
        best = score;
        neck = p;
      }
    }
    out.push({
      id: 'neck',
      title: 'Neck',
      detail: 'of the thigh bone',
      anchor: neck,
      priority: 80,
      required: true,
    });
  }

  if (marks.camPeakMm)
    out.push({
      id: 'cam',
      title: 'Cam bump',
      detail: 'extra bone where ball meets neck',
      anchor: femurPointToPelvis(hip, marks.camPeakMm),
      priority: 76,
      required: true,
    });
  if (marks.overhangDeg > 0) {
    const top = rimOrder.filter((r) => hoursApart(r.clockHour, 12) <= 2.5)[0] ?? rimOrder[0]!;
    out.push({
      id: 'pincer',
      title: 'Deep socket',
      detail: 'the rim covers more of the ball',
      anchor: top.pointMm,
      priority: 76,
      required: true,
    });
  }

  for (const [id, regions, title] of [
    ['capsule-front', FRONT, 'Capsule, front'],
    ['capsule-back', BACK, 'Capsule, back'],
  ] as const) {
    const found = facingBand(bands, regions, centre, toViewer);
    if (!found) continue;
    // The words name the most stretched band of the group, not the one that happens to face
    // the viewer: otherwise the same hip reads "back: slack" from the side and "back: taut"
    // from the front. The leader still points at the band the viewer can see.
    const tautest = bands
      .filter((b) => regions.includes(b.region))
      .reduce((best, b) => (b.strain > best.strain ? b : best), found.band);
    const name = tautest.region.startsWith('iliofemoral') ? 'Y ligament' : null;
    out.push({
      id,
      title,
      detail: `${name ? `${name}, ` : ''}${TENSION_WORDS[tautest.tension]}`,
      essential: true,
      anchor: found.point,
      priority: 70,
      required: true,
    });
  }

  if (pelvisPointMm)
    out.push({
      id: 'pelvis',
      title: 'Pelvis',
      detail: 'hip bone',
      anchor: pelvisPointMm,
      priority: 30,
      required: false,
    });
  if (shaftPointMm)
    out.push({
      id: 'thigh',
      title: 'Thigh bone',
      anchor: shaftPointMm,
      priority: 30,
      required: false,
    });
  return out;
}
