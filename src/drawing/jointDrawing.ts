/**
 * A flat drawing of the joint from the model's geometry and pose, looking the way the 3D
 * camera looks for the same view: the figure's poster before the 3D loads, its picture
 * without WebGL, the printed handout's picture and the link previews. Each bone's outline is
 * the union of its tubes' neighbouring rings, projected and hulled (exact for convex rings),
 * drawn as one path whose stroke sits under its fill, so only the outer edge shows.
 *
 * Paint is by palette token (palette.ts), so the same drawing renders in light, dark and high
 * contrast; strain colours are literal (the same in every scheme, with an outline that reads
 * on each background).
 */
import { femurPointToPelvis, type HipGeometry, type HipState } from '../model';
import { VIEW_CAMERAS } from '../scene/cameraViews';
import type { CameraState, ViewName } from '../state/figureState';
import { SHELL_SCALE, type Vec3 } from './anatomy';
import { capsuleBands, type Band } from './capsuleBands';
import { cutNormal } from './cutaway';
import { insetCorner } from './insetCorner';
import { convexHull, type Pt } from './hull';
import { jointParts, posedPoints } from './jointParts';
import type { Box } from './labelLayout';
import { labelSpecs, NEAR_MM, type LabelSpec } from './labels';
import type { PaletteToken } from './palette';
import { circlePath, num, pathOf, projectorFor, viewBasis, type P2 } from './project';

/** A palette token, or a literal colour (the strain scale). */
export type Paint = PaletteToken | `rgb(${string})` | 'none';

/**
 * Drawing order. The close-up shows the same drawing without the capsule (which would hide
 * the pinch) and with its own marker.
 */
export const LAYERS = [
  'pelvis',
  'bones-back',
  'capsule-back',
  'bones-front',
  'capsule-front',
  'see-through',
  'pinch',
  'marker',
] as const;
export type Layer = (typeof LAYERS)[number];
export const INSET_LAYERS: readonly Layer[] = ['bones-back', 'bones-front', 'see-through', 'pinch'];

export interface Shape {
  layer: Layer;
  /** Names the part, for tests and styling. */
  part: string;
  d: string;
  fill?: Paint;
  stroke?: Paint;
  strokeWidth?: number;
  opacity?: number;
  dash?: string;
  /** Draw the stroke under the fill: one outline around the union of the path's pieces. */
  outline?: boolean;
}

export interface ProjectedLabel {
  spec: LabelSpec;
  x: number;
  y: number;
}

export interface JointDrawing {
  viewBox: string;
  frame: Box;
  shapes: Shape[];
  /** Where the contact (or the closest spot) lands, in viewBox units, if marked. */
  marker: { x: number; y: number; r: number; contact: boolean } | null;
  labels: ProjectedLabel[];
  /** A close-up of the marker: where it sits in the frame and what it shows (viewBox units). */
  inset: { box: Box; view: Box; zoom: number } | null;
  /** The ball's outline: its centre and radius, viewBox units. */
  ball: { x: number; y: number; r: number };
}

export interface DrawingOptions {
  view: ViewName;
  /** The orbit to draw from; the view's own when absent. */
  camera?: CameraState | null;
  /** Width over height of the pane the drawing fills. */
  aspect?: number;
}

/** Margin around the joint, as a share of the frame. */
const MARGIN = 0.03;
/** Close-up: its side as a share of the frame's shorter side, and the width it shows (mm). */
const INSET_SHARE = 0.36;
const INSET_SPAN_MM = 30;

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The union outline of a tube: each neighbouring pair of rings, projected and hulled. */
function tubePath(rings: readonly (readonly Vec3[])[], project: (p: Vec3) => P2, step = 2): string {
  const projected = rings.map((ring) => ring.filter((_, i) => i % step === 0).map(project));
  const pieces: string[] = [];
  for (let i = 0; i + 1 < projected.length; i++)
    pieces.push(pathOf(convexHull([...projected[i]!, ...projected[i + 1]!]), true));
  return pieces.join('');
}

/** Keeps the part of each ring on the far side of a plane through the socket centre (the cutaway). */
function cutRings(rings: readonly (readonly Vec3[])[], toViewer: Vec3): Vec3[][] {
  return rings
    .map((ring) => ring.filter((p) => dot(p, toViewer) <= 0))
    .filter((ring) => ring.length >= 2);
}

export function jointDrawing(
  geometry: HipGeometry,
  hip: HipState,
  options: DrawingOptions,
): JointDrawing {
  const { view, aspect = 5 / 4 } = options;
  const orbit = options.camera ?? VIEW_CAMERAS[view];
  const basis = viewBasis(orbit);
  const toViewer = basis.toViewer as Vec3;
  const project = projectorFor(basis);
  const parts = jointParts(geometry);
  const bands = capsuleBands(hip);
  const a = geometry.acetabulum;
  const f = geometry.femur;
  const R = f.headRadiusMm;
  const centre = hip.pose.headCentreMm;
  const pose = (p: Vec3) => femurPointToPelvis(hip, p);
  const seeThrough = view === 'socket';
  /** The cutaway's plane normal (toward the viewer), or null. */
  const cut = view === 'joint' ? cutNormal(toViewer, hip, geometry) : null;
  const kept_ = (p: Vec3) => !cut || dot(p, cut) <= 0;

  const c2 = project(centre);
  /**
   * On the far side of the ball, as the viewer sees it: the labrum and the capsule lie on
   * (or just off) the ball, so what faces away from the viewer is behind it.
   */
  const behindBall = (p: Vec3, slack = 0) => {
    if (cut) return false;
    const d = sub(p, centre);
    const l = Math.hypot(...d) || 1;
    const q = project(p);
    const inside = Math.hypot(q.x - c2.x, q.y - c2.y) < R - slack;
    return inside && dot(d, toViewer) / l < -0.05;
  };

  const shapes: Shape[] = [];
  const bone = (layer: Layer, part: string, d: string, extra: Partial<Shape> = {}): Shape => ({
    layer,
    part,
    d,
    fill: 'bone',
    stroke: 'boneLine',
    strokeWidth: 2.4,
    outline: true,
    ...extra,
  });
  const meanDepth = (rings: readonly (readonly Vec3[])[]) => {
    let sum = 0;
    let n = 0;
    for (const ring of rings)
      for (const p of ring) {
        sum += project(p).depth;
        n++;
      }
    return n ? sum / n : 0;
  };
  /** Cut faces, all in the cutaway's plane: drawn after everything behind it. */
  const sections: Shape[] = [];
  /** Each part with its own outline, far to near; in the cutaway, its far half (and its cut face, kept for later). */
  const solids = (
    layer: Layer,
    tubes: readonly { part: string; rings: Vec3[][] }[],
    fill: 'bone' | 'pelvis',
    extra: Partial<Shape> = {},
  ) =>
    [...tubes]
      .map((t) => ({ t, depth: meanDepth(t.rings) }))
      .sort((x, y) => x.depth - y.depth)
      .map(({ t }) => {
        const face = cut ? sectionOf(t.rings, cut, project) : '';
        if (face)
          sections.push({
            layer: layer === 'pelvis' ? 'pelvis' : 'bones-front',
            part: 'section',
            d: face,
            fill: layer === 'pelvis' ? 'boneCut' : 'femurCut',
            stroke: 'boneLine',
            strokeWidth: 1,
          });
        return bone(layer, t.part, tubePath(cut ? cutRings(t.rings, cut) : t.rings, project), {
          fill,
          ...extra,
        });
      });

  // The hip bone, behind the joint (or over it, see-through, from inside the pelvis).
  const bonePieces = parts.pelvis.filter((t) => t.part !== 'socket-shell');
  const shell = parts.pelvis.find((t) => t.part === 'socket-shell')!;
  shapes.push(
    ...solids(
      seeThrough ? 'see-through' : 'pelvis',
      bonePieces,
      'pelvis',
      seeThrough ? { opacity: 0.3, strokeWidth: 1.6 } : {},
    ),
  );
  if (!cut) {
    shapes.push(
      bone(
        seeThrough ? 'see-through' : 'bones-back',
        'socket-shell',
        tubePath(shell.rings, project),
        {
          fill: 'pelvis',
          ...(seeThrough ? { opacity: 0.3, strokeWidth: 1.6 } : {}),
        },
      ),
    );
    if (!seeThrough)
      // The cup's lining where it shows around the ball.
      shapes.push({
        layer: 'bones-back',
        part: 'socket',
        d: pathOf(
          a.rim.map((r) => project(r.pointMm)),
          true,
        ),
        fill: 'cartilage',
        stroke: 'boneLine',
        strokeWidth: 0.8,
      });
  }

  // The capsule behind the femur first; the femur; then the capsule in front of it.
  const kept = bands.map((b) => ({
    ...b,
    fibres: b.fibres.filter((fb) => kept_(fb.points[Math.floor(fb.points.length / 2)]!)),
  }));
  const far: Band[] = [];
  const near: Band[] = [];
  for (const b of kept) {
    const points = b.fibres.flatMap((fb) => fb.points);
    const hidden = points.filter((p) => behindBall(p)).length;
    (hidden > points.length / 2 ? far : near).push(b);
  }
  shapes.push(...bandShapes(seeThrough ? [] : far, project, 'capsule-back'));

  // The femur: the ball as the sphere it is (its outline is a circle from any side), the neck
  // from where it leaves the ball, the trochanters and the shaft, each far to near.
  const headRings = parts.femur.find((t) => t.part === 'head-neck')!.rings;
  const neckStart = headRings.findIndex((ring) =>
    ring.some((v) => Math.abs(Math.hypot(v[0], v[1], v[2]) - R) > 0.05),
  );
  const femurTubes = [
    {
      part: 'femur-neck',
      rings: headRings.slice(Math.max(0, neckStart - 1)).map((r) => r.map(pose)),
    },
    ...parts.femur
      .filter((t) => t.part !== 'head-neck')
      .map((t) => ({ part: `femur-${t.part}`, rings: t.rings.map((r) => r.map(pose)) })),
  ];
  const headDepth = c2.depth;
  const ordered = [...femurTubes].map((t) => ({ t, depth: meanDepth(t.rings) }));
  const behindHead = ordered.filter((o) => o.depth < headDepth).map((o) => o.t);
  const beforeHead = ordered.filter((o) => o.depth >= headDepth).map((o) => o.t);
  shapes.push(...solids('bones-front', behindHead, 'bone'));
  const frontSolids = solids('bones-front', beforeHead, 'bone');
  if (cut) {
    // Everything cut, in the plane: the hip bone's and the femur's faces, the socket, the ball.
    shapes.push(...frontSolids, ...sections, ...socketSection(geometry, cut, project));
    const ring = sectionCircle(centre, R, cut, project);
    shapes.push({
      layer: 'bones-front',
      part: 'femur-head',
      d: ring,
      fill: 'femurCut',
      stroke: 'boneLine',
      strokeWidth: 1.2,
    });
    shapes.push({
      layer: 'bones-front',
      part: 'cartilage',
      d: sectionCircle(centre, R - 1.1, cut, project),
      fill: 'none',
      stroke: 'cartilage',
      strokeWidth: 2.2,
    });
  } else
    shapes.push(
      bone('bones-front', 'femur-head', circlePath(c2.x, c2.y, R), { fill: 'cartilage' }),
    );
  // A cam bump: the neck standing proud of a typical one, where it faces the viewer.
  const camPts: Pt[] = [];
  const perRing = headRings[0]?.length ?? 0;
  headRings.forEach((ring, i) =>
    ring.forEach((v, j) => {
      if ((parts.marks.camWeight[i * perRing + j] ?? 0) <= 0.25) return;
      const p = pose(v);
      if (dot(sub(p, centre), toViewer) >= 0 && kept_(p)) camPts.push(project(p));
    }),
  );
  if (camPts.length > 2)
    shapes.push({
      layer: 'bones-front',
      part: 'cam',
      d: pathOf(convexHull(camPts), true),
      fill: 'extraBone',
      stroke: 'boneLine',
      strokeWidth: 0.8,
      opacity: 0.9,
    });
  if (!cut) shapes.push(...frontSolids);

  // The shaft's cut end, when it faces the viewer.
  const shaft = parts.femur.find((t) => t.part === 'shaft')!;
  const end = shaft.rings[shaft.rings.length - 2]!.map(pose);
  const down = sub(pose(shaft.rings[shaft.rings.length - 1]![0]!), pose(shaft.rings[1]![0]!));
  if (!cut && dot(down, toViewer) > 0)
    shapes.push({
      layer: 'bones-front',
      part: 'cut',
      d: pathOf(convexHull(end.map(project)), true),
      fill: 'femurCut',
      stroke: 'boneLine',
      strokeWidth: 0.8,
    });

  // The labrum: solid where it shows, dashed where the ball hides it.
  const labrumPts = a.labrum.edgeMm.map((e, i) => {
    const b = a.labrum.baseMm[i]!;
    return [(e[0] + b[0]) / 2, (e[1] + b[1]) / 2, (e[2] + b[2]) / 2] as Vec3;
  });
  const cutOff = (p: Vec3) => !kept_(p);
  const runs = (pts: Vec3[], keep: (p: Vec3) => boolean) => {
    const out: string[] = [];
    let run: P2[] = [];
    const n = pts.length;
    for (let i = 0; i <= n; i++) {
      const p = pts[i % n]!;
      if (keep(p)) run.push(project(p));
      else {
        if (run.length > 1) out.push(pathOf(run));
        run = [];
      }
    }
    if (run.length > 1) out.push(pathOf(run));
    return out.join('');
  };
  const labrumHidden = runs(labrumPts, (p) => !cutOff(p) && !seeThrough && behindBall(p));
  const labrumShown = runs(labrumPts, (p) => !cutOff(p) && (seeThrough || !behindBall(p)));
  if (labrumHidden)
    shapes.push({
      layer: 'bones-front',
      part: 'labrum-hidden',
      d: labrumHidden,
      fill: 'none',
      stroke: 'labrum',
      strokeWidth: 1.4,
      dash: '2.5 2.5',
    });
  if (labrumShown)
    shapes.push({
      layer: 'bones-front',
      part: 'labrum',
      d: labrumShown,
      fill: 'none',
      stroke: 'labrum',
      strokeWidth: 3.6,
    });

  // A pincer's overhang: the band of rim a typical socket does not have.
  const typicalRim = parts.marks.typicalRimMm;
  if (typicalRim) {
    const quads: string[] = [];
    a.rim.forEach((r, i) => {
      const j = (i + 1) % a.rim.length;
      const quad = [typicalRim[i]!, r.pointMm, a.rim[j]!.pointMm, typicalRim[j]!];
      if (quad.some((p) => cutOff(p) || (!seeThrough && behindBall(p)))) return;
      quads.push(pathOf(quad.map(project), true));
    });
    if (quads.length)
      shapes.push({
        layer: 'bones-front',
        part: 'pincer',
        d: quads.join(''),
        fill: 'extraBone',
        stroke: 'none',
        opacity: 0.9,
      });
  }

  shapes.push(...bandShapes(seeThrough ? kept : near, project, 'capsule-front'));

  // The pinch: both surfaces lit where they meet, and a marker with a shape of its own.
  let marker: JointDrawing['marker'] = null;
  const spot = hip.contact?.pointMm ?? (hip.clearanceMm < NEAR_MM ? hip.nearestPointMm : null);
  if (spot) {
    const contact = hip.contact !== null;
    const p = project(spot);
    if (contact) {
      // The neck's side of the meeting: its surface (off the ball's sphere) near the spot.
      const neckPts: Pt[] = [];
      for (const ring of headRings)
        for (const v of ring) {
          if (Math.hypot(v[0], v[1], v[2]) - R < 0.2) continue;
          const q = pose(v);
          if (Math.hypot(...sub(q, spot)) < 6) neckPts.push(project(q));
        }
      if (neckPts.length > 2)
        shapes.push({
          layer: 'pinch',
          part: 'contact-neck',
          d: pathOf(convexHull(neckPts), true),
          fill: 'accent',
          stroke: 'none',
          opacity: 0.55,
        });
      const rimPts = labrumPts.filter((q) => Math.hypot(...sub(q, spot)) < 7);
      if (rimPts.length > 1)
        shapes.push({
          layer: 'pinch',
          part: 'contact-rim',
          d: pathOf(rimPts.map(project)),
          fill: 'none',
          stroke: 'accent',
          strokeWidth: 4.4,
        });
    }
    const r = contact ? 3.6 : 2.6;
    marker = { x: p.x, y: p.y, r, contact };
    shapes.push(...markerShapes(p.x, p.y, r, contact));
  }

  // The frame: what the 3D framing fits, projected the same way.
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const pt of posedPoints(parts, hip, bands)) {
    const q = project(pt);
    x0 = Math.min(x0, q.x);
    x1 = Math.max(x1, q.x);
    y0 = Math.min(y0, q.y);
    y1 = Math.max(y1, q.y);
  }
  let w = (x1 - x0) / (1 - 2 * MARGIN);
  let h = (y1 - y0) / (1 - 2 * MARGIN);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const frame: Box = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };

  const labels = labelSpecs({
    geometry,
    hip,
    bands,
    marks: parts.marks,
    toViewer,
    pelvisPointMm: parts.pelvisPointMm,
    shaftPointMm: pose(parts.shaftPointMm),
  }).map((spec) => {
    const q = project(spec.anchor);
    return { spec, x: q.x, y: q.y };
  });

  const labelPoints = labels.map((l) => ({ x: l.x, y: l.y }));
  let inset: JointDrawing['inset'] = null;
  if (marker) {
    const side = INSET_SHARE * Math.min(w, h);
    const { box } = insetCorner({
      pane: frame,
      side,
      pad: 0.02 * Math.min(w, h),
      // Below the tag and the Labels button in the top corners.
      topPad: 0.08 * h,
      marker,
      ball: c2,
      points: labelPoints,
    });
    inset = {
      box,
      view: {
        x: marker.x - INSET_SPAN_MM / 2,
        y: marker.y - INSET_SPAN_MM / 2,
        w: INSET_SPAN_MM,
        h: INSET_SPAN_MM,
      },
      zoom: side / INSET_SPAN_MM,
    };
  }

  return {
    viewBox: [frame.x, frame.y, frame.w, frame.h].map(num).join(' '),
    frame,
    shapes,
    marker,
    labels,
    inset,
    ball: { x: c2.x, y: c2.y, r: R },
  };
}

/**
 * Each band as a translucent ribbon between its outer fibres, and its middle fibre over it:
 * wavy while slack, straight and wider when taut, so tension reads without colour.
 */
function bandShapes(bands: readonly Band[], project: (p: Vec3) => P2, layer: Layer): Shape[] {
  const out: Shape[] = [];
  for (const b of bands) {
    if (b.fibres.length === 0) continue;
    const first = b.fibres[0]!.points;
    const last = b.fibres[b.fibres.length - 1]!.points;
    const middle = b.fibres[Math.floor(b.fibres.length / 2)]!;
    out.push({
      layer,
      part: `band-${b.region}`,
      d: pathOf([...first, ...[...last].reverse()].map(project), true),
      fill: b.colour as Paint,
      stroke: 'capsuleLine',
      strokeWidth: 0.6,
      opacity: 0.45 + 0.35 * middle.tautness,
    });
    const d = pathOf(middle.points.map(project));
    const width = 1.2 + 1.4 * middle.tautness;
    out.push({
      layer,
      part: 'fibre-line',
      d,
      fill: 'none',
      stroke: 'capsuleLine',
      strokeWidth: width + 1.4,
    });
    out.push({
      layer,
      part: 'fibre',
      d,
      fill: 'none',
      stroke: middle.colour as Paint,
      strokeWidth: width,
    });
  }
  return out;
}

/** A sphere's section by a plane through the origin (normal n), projected: a closed path. */
function sectionCircle(c: Vec3, r: number, n: Vec3, project: (p: Vec3) => P2): string {
  const h = dot(c, n);
  const rr = Math.sqrt(Math.max(0, r * r - h * h));
  const o: Vec3 = [c[0] - n[0] * h, c[1] - n[1] * h, c[2] - n[2] * h];
  const seed: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const e1n = sub(seed, [n[0] * dot(seed, n), n[1] * dot(seed, n), n[2] * dot(seed, n)]);
  const l = Math.hypot(...e1n);
  const e1: Vec3 = [e1n[0] / l, e1n[1] / l, e1n[2] / l];
  const e2: Vec3 = [
    n[1] * e1[2] - n[2] * e1[1],
    n[2] * e1[0] - n[0] * e1[2],
    n[0] * e1[1] - n[1] * e1[0],
  ];
  const pts = Array.from({ length: 48 }, (_, i) => {
    const t = (2 * Math.PI * i) / 48;
    return project([
      o[0] + rr * (e1[0] * Math.cos(t) + e2[0] * Math.sin(t)),
      o[1] + rr * (e1[1] * Math.cos(t) + e2[1] * Math.sin(t)),
      o[2] + rr * (e1[2] * Math.cos(t) + e2[2] * Math.sin(t)),
    ]);
  });
  return pathOf(pts, true);
}

/** Where a tube crosses the cutaway's plane (through the origin, normal n): its cut face. */
function sectionOf(
  rings: readonly (readonly Vec3[])[],
  toViewer: Vec3,
  project: (p: Vec3) => P2,
): string {
  const left: P2[] = [];
  const right: P2[] = [];
  for (const ring of rings) {
    const hits: Vec3[] = [];
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i]!;
      const q = ring[(i + 1) % ring.length]!;
      const dp = dot(p, toViewer);
      const dq = dot(q, toViewer);
      if (dp <= 0 === dq <= 0) continue;
      const t = dp / (dp - dq);
      hits.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t]);
    }
    if (hits.length >= 2) {
      // Keep each side of the cut on its own side from ring to ring.
      const [p0, p1] = [project(hits[0]!), project(hits[1]!)];
      const last = left[left.length - 1];
      const swap =
        last !== undefined &&
        Math.hypot(p1.x - last.x, p1.y - last.y) < Math.hypot(p0.x - last.x, p0.y - last.y);
      left.push(swap ? p1 : p0);
      right.push(swap ? p0 : p1);
    }
  }
  if (left.length < 2) return '';
  return pathOf([...left, ...right.reverse()], true);
}

/** Contact: a ring with four ticks and a dot. Closest spot: a hollow diamond. */
export function markerShapes(x: number, y: number, r: number, contact: boolean): Shape[] {
  if (!contact) {
    const d = `M${num(x)} ${num(y - r * 1.4)}L${num(x + r * 1.4)} ${num(y)}L${num(x)} ${num(y + r * 1.4)}L${num(x - r * 1.4)} ${num(y)}Z`;
    return [
      { layer: 'marker', part: 'near', d, fill: 'none', stroke: 'markerLine', strokeWidth: 2.6 },
      { layer: 'marker', part: 'near', d, fill: 'none', stroke: 'near', strokeWidth: 1.4 },
    ];
  }
  const ticks = [0, 1, 2, 3]
    .map((k) => {
      const a = (k * Math.PI) / 2;
      const [c, s] = [Math.cos(a), Math.sin(a)];
      return `M${num(x + c * r * 1.25)} ${num(y + s * r * 1.25)}L${num(x + c * r * 1.9)} ${num(y + s * r * 1.9)}`;
    })
    .join('');
  return [
    {
      layer: 'marker',
      part: 'contact',
      d: circlePath(x, y, r) + ticks,
      fill: 'none',
      stroke: 'markerLine',
      strokeWidth: 2.8,
    },
    {
      layer: 'marker',
      part: 'contact',
      d: circlePath(x, y, r) + ticks,
      fill: 'none',
      stroke: 'accent',
      strokeWidth: 1.4,
    },
    {
      layer: 'marker',
      part: 'contact',
      d: circlePath(x, y, r * 0.35),
      fill: 'accent',
      stroke: 'none',
    },
  ];
}

/**
 * The cutaway's section through the socket, in the plane through its centre facing the
 * viewer: bone around the cup, the cup's cartilage lining, and the labrum's wedge at each
 * end of the rim.
 */
function socketSection(geometry: HipGeometry, toViewer: Vec3, project: (p: Vec3) => P2): Shape[] {
  const a = geometry.acetabulum;
  const R = a.radiusMm;
  const dome: Vec3 = [-a.openingAxis[0], -a.openingAxis[1], -a.openingAxis[2]];
  // In-plane unit vectors: the dome's direction projected into the plane, and its normal.
  const e1n = sub(dome, [
    toViewer[0] * dot(dome, toViewer),
    toViewer[1] * dot(dome, toViewer),
    toViewer[2] * dot(dome, toViewer),
  ]);
  const l = Math.hypot(...e1n) || 1;
  const e1: Vec3 = [e1n[0] / l, e1n[1] / l, e1n[2] / l];
  const e2: Vec3 = [
    toViewer[1] * e1[2] - toViewer[2] * e1[1],
    toViewer[2] * e1[0] - toViewer[0] * e1[2],
    toViewer[0] * e1[1] - toViewer[1] * e1[0],
  ];
  // The section's arc spans the directions within the rim's polar angle of the dome.
  const cosCov = Math.cos((a.coverageDeg * Math.PI) / 180);
  const lab = a.labrum.widthMm / R;
  const tilt = dot(dome, e1); // the dome is seen at this cosine from the plane
  const span = Math.acos(Math.min(1, Math.max(-1, cosCov / (tilt || 1e-6))));
  const at = (t: number, r: number) => {
    const d: Vec3 = [
      e1[0] * Math.cos(t) + e2[0] * Math.sin(t),
      e1[1] * Math.cos(t) + e2[1] * Math.sin(t),
      e1[2] * Math.cos(t) + e2[2] * Math.sin(t),
    ];
    return project([d[0] * r, d[1] * r, d[2] * r]);
  };
  const arc = (r: number, t0: number, t1: number, n = 24) =>
    Array.from({ length: n + 1 }, (_, i) => at(t0 + ((t1 - t0) * i) / n, r));
  const outer = arc(R * SHELL_SCALE, -span, span);
  const inner = arc(R + 1.8, span, -span);
  const lining = [...arc(R + 1.8, -span, span), ...arc(R, span, -span)];
  const shapes: Shape[] = [
    {
      layer: 'bones-back',
      part: 'section',
      d: pathOf([...outer, ...inner], true),
      fill: 'boneCut',
      stroke: 'boneLine',
      strokeWidth: 1.2,
    },
    {
      layer: 'bones-back',
      part: 'socket',
      d: pathOf(lining, true),
      fill: 'cartilage',
      stroke: 'boneLine',
      strokeWidth: 0.6,
    },
  ];
  for (const s of [-1, 1]) {
    const wedge = [at(s * span, R), at(s * span, R + 4), at(s * (span + lab), R)];
    shapes.push({
      layer: 'bones-front',
      part: 'labrum',
      d: pathOf(wedge, true),
      fill: 'labrum',
      stroke: 'boneLine',
      strokeWidth: 0.6,
    });
  }
  return shapes;
}
