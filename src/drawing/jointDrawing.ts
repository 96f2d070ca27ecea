/**
 * A flat drawing of the joint from the model's own geometry and pose: the figure's poster
 * before the 3D loads, its picture without WebGL, and the basis of preview images. The
 * femur's outline is the union of its cross-section rings (each drawn filled, after a
 * stroked pass underneath), which gives its true silhouette from any side.
 */
import type { HipGeometry, HipState } from '../model';
import type { ViewName } from '../state/figureState';
import { strainColour } from '../utils/strainColour';
import { convexHull } from './hull';
import { pathOf, projector, type P2, type P3 } from './project';

export interface Shape {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity?: number;
  /** Names the part for tests and for styling. */
  part:
    | 'shell'
    | 'socket'
    | 'femur-outline'
    | 'femur'
    | 'labrum'
    | 'fibre'
    | 'trace'
    | 'contact'
    | 'near';
}

export interface JointDrawing {
  viewBox: string;
  shapes: Shape[];
  /** Where the contact (or the closest spot) lands in viewBox units, if marked. */
  marker: { x: number; y: number; contact: boolean } | null;
}

export const DRAWING_COLOURS = {
  bone: '#ede3cf',
  boneLine: '#8a7b62',
  cartilage: '#c9d6e3',
  labrum: '#5e9c97',
  accent: '#c0267e',
  near: '#e07b00',
  trace: '#3f4fa8',
};

const CENTRE: Record<ViewName, [number, number]> = {
  side: [6, 14],
  body: [6, 14],
  joint: [6, 14],
  front: [-18, 14],
  socket: [-6, 14],
};

export function jointDrawing(
  geometry: HipGeometry,
  hip: HipState,
  view: ViewName,
  drawnHeadCentreMm: readonly [number, number, number] = hip.pose.headCentreMm,
  trace: readonly (readonly [number, number, number])[] = [],
): JointDrawing {
  const project = projector(view === 'front' || view === 'socket' ? view : 'side');
  const R = hip.pose.femurToPelvis;
  const c = drawnHeadCentreMm;
  const pose = (p: P3): P3 => [
    R[0]! * p[0] + R[1]! * p[1] + R[2]! * p[2] + c[0],
    R[3]! * p[0] + R[4]! * p[1] + R[5]! * p[2] + c[1],
    R[6]! * p[0] + R[7]! * p[1] + R[8]! * p[2] + c[2],
  ];
  const shapes: Shape[] = [];
  const a = geometry.acetabulum;
  const rim = a.rim.map((r) => r.pointMm);
  const shellRim = rim.map(([x, y, z]) => [x * 1.32, y * 1.32, z * 1.32] as P3);
  shapes.push({
    part: 'shell',
    d: pathOf(shellRim.map(project), true),
    fill: DRAWING_COLOURS.bone,
    stroke: DRAWING_COLOURS.boneLine,
    strokeWidth: 1.2,
  });
  shapes.push({
    part: 'socket',
    d: pathOf(rim.map(project), true),
    fill: DRAWING_COLOURS.cartilage,
    stroke: DRAWING_COLOURS.boneLine,
    strokeWidth: 0.8,
  });

  const f = geometry.femur;
  // Every other point of each ring is plenty for an outline at poster size.
  const projectRing = (ring: readonly P3[]): P2[] =>
    ring.filter((_, i) => i % 2 === 0).map((p) => project(pose(p)));
  const tubeOutline = (rings: readonly (readonly P3[])[]) => {
    const projected = rings.map(projectRing);
    const pieces: string[] = [];
    for (let i = 0; i + 1 < projected.length; i++) {
      const hull = convexHull([...projected[i]!, ...projected[i + 1]!]);
      pieces.push(
        pathOf(
          hull.map((p) => ({ ...p, depth: 0 })),
          true,
        ),
      );
    }
    return pieces.join('');
  };
  // Only the top of the shaft, as in the 3D scene.
  const femurRings = [tubeOutline(f.shaftRings.slice(0, 8)), tubeOutline(f.headNeckRings)];
  const tro = [f.greaterTrochanter, f.lesserTrochanter].map((s) => {
    const p = project(pose(s.centreMm));
    const r = s.radiusMm;
    return `M${(p.x - r).toFixed(1)} ${p.y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  });
  const outline = [...tro, ...femurRings].join('');
  shapes.push({
    part: 'femur-outline',
    d: outline,
    fill: 'none',
    stroke: DRAWING_COLOURS.boneLine,
    strokeWidth: 2.4,
  });
  shapes.push({
    part: 'femur',
    d: outline,
    fill: DRAWING_COLOURS.bone,
    stroke: 'none',
    strokeWidth: 0,
  });

  shapes.push({
    part: 'labrum',
    d: pathOf(a.labrum.edgeMm.map(project), true),
    fill: 'none',
    stroke: DRAWING_COLOURS.labrum,
    strokeWidth: 3,
  });

  const shift: P3 = [
    c[0] - hip.pose.headCentreMm[0],
    c[1] - hip.pose.headCentreMm[1],
    c[2] - hip.pose.headCentreMm[2],
  ];
  for (const region of Object.values(hip.capsule))
    for (const fibre of region.fibres) {
      const n = fibre.pathMm.length;
      const pts = fibre.pathMm.map(([x, y, z], j) => {
        const t = n > 1 ? j / (n - 1) : 0;
        return project([x + shift[0] * t, y + shift[1] * t, z + shift[2] * t]);
      });
      shapes.push({
        part: 'fibre',
        d: pathOf(pts),
        fill: 'none',
        stroke: strainColour(fibre.strain),
        strokeWidth: 2.4,
        opacity: 0.9,
      });
    }

  if (trace.length > 1)
    shapes.push({
      part: 'trace',
      d: pathOf(trace.map(project)),
      fill: 'none',
      stroke: DRAWING_COLOURS.trace,
      strokeWidth: 1.2,
    });
  const hc = project(c);
  shapes.push({
    part: 'trace',
    d: `M${hc.x - 1.6} ${hc.y}a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0 -3.2 0Z`,
    fill: DRAWING_COLOURS.trace,
    stroke: 'none',
    strokeWidth: 0,
  });

  let marker: JointDrawing['marker'] = null;
  const spot = hip.contact?.pointMm ?? (hip.clearanceMm < 4 ? hip.nearestPointMm : null);
  if (spot) {
    const p = project(spot);
    const contact = hip.contact !== null;
    const r = contact ? 4 : 2;
    marker = { x: p.x, y: p.y, contact };
    shapes.push({
      part: contact ? 'contact' : 'near',
      d: `M${p.x - r} ${p.y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`,
      fill: contact ? DRAWING_COLOURS.accent : DRAWING_COLOURS.near,
      stroke: '#fff',
      strokeWidth: 1,
    });
  }

  const [cx, cy] = CENTRE[view];
  return { viewBox: `${cx - 120} ${cy - 90} 240 180`, shapes, marker };
}

/** The drawing as a standalone SVG document (for preview images and print). */
export function jointSvg(
  drawing: JointDrawing,
  width: number,
  height: number,
  background = '#f4f1ea',
): string {
  const body = drawing.shapes
    .map(
      (s) =>
        `<path d="${s.d}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}" stroke-linejoin="round" stroke-linecap="round"${s.opacity !== undefined ? ` opacity="${s.opacity}"` : ''}/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${drawing.viewBox}" preserveAspectRatio="xMidYMid meet"><rect x="-1000" y="-1000" width="3000" height="3000" fill="${background}"/>${body}</svg>`;
}
