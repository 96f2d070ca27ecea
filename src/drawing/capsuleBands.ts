/**
 * The capsule as named bands, for the 3D scene and the flat drawing alike: each region's
 * fibres (the model's paths, wrapped over the head where the model wraps them) resampled to
 * the same number of points so a band can be stretched between them. A slack fibre is drawn
 * crimped (wavy, as slack collagen is), a taut one straight, so tension reads without colour;
 * the colour is the cividis strain scale (src/utils/strainColour.ts). Nothing here changes a
 * length: the crimp is drawn across the fibre, within the band's surface.
 */
import type { HipState } from '../model';
import { TOE_STRAIN } from '../model/capsule';
import { strainColour } from '../utils/strainColour';
import type { Vec3 } from './anatomy';

export type Region = keyof HipState['capsule'];

/** How a region reads: slack (no tension), tightening (the toe of its curve), taut. */
export type Tension = 'slack' | 'tightening' | 'taut';

export interface BandFibre {
  points: Vec3[];
  strain: number;
  colour: string;
  /** 0 slack … 1 taut (beyond the toe region), for the drawn width. */
  tautness: number;
}

export interface Band {
  region: Region;
  fibres: BandFibre[];
  tension: Tension;
  strain: number;
  colour: string;
}

/** The names a reader sees. The two iliofemoral regions are the arms of one "Y" ligament. */
export const BAND_NAMES: Record<Region, string> = {
  iliofemoralLateral: 'Y ligament, upper arm',
  iliofemoralMedial: 'Y ligament, lower arm',
  pubofemoral: 'Pubofemoral ligament',
  ischiofemoral: 'Ischiofemoral ligament',
  posteriorCapsule: 'Back of the capsule',
};

/** Which regions make the front and the back of the capsule. */
export const FRONT: readonly Region[] = ['iliofemoralLateral', 'iliofemoralMedial', 'pubofemoral'];
export const BACK: readonly Region[] = ['ischiofemoral', 'posteriorCapsule'];

export const SAMPLES = 20;
/** Crimp of a fully slack fibre, mm either side of its path; one wave per CRIMP_WAVE_MM. */
const CRIMP_MM = 0.9;
const CRIMP_WAVE_MM = 9;
/** Slackness (negative strain) at which the crimp is full. */
const FULL_CRIMP_STRAIN = 0.05;

export function tensionOf(strain: number): Tension {
  if (strain <= 0) return 'slack';
  if (strain <= 2 * TOE_STRAIN) return 'tightening';
  return 'taut';
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const len = (a: Vec3) => Math.hypot(a[0], a[1], a[2]);

/** Points at equal arc-length steps along a polyline. */
export function resample(path: readonly Vec3[], n: number): Vec3[] {
  if (path.length < 2) return Array.from({ length: n }, () => path[0] ?? [0, 0, 0]);
  const cumulative = [0];
  for (let i = 1; i < path.length; i++)
    cumulative.push(cumulative[i - 1]! + len(sub(path[i]!, path[i - 1]!)));
  const total = cumulative[cumulative.length - 1]!;
  const out: Vec3[] = [];
  let seg = 1;
  for (let j = 0; j < n; j++) {
    const s = (total * j) / (n - 1);
    while (seg < path.length - 1 && cumulative[seg]! < s) seg++;
    const a = path[seg - 1]!;
    const b = path[seg]!;
    const span = cumulative[seg]! - cumulative[seg - 1]! || 1;
    const t = Math.min(1, Math.max(0, (s - cumulative[seg - 1]!) / span));
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
  }
  return out;
}

/** Waves across the fibre, in the plane of the surface (⟂ to the fibre and to the radius). */
function crimp(points: Vec3[], strain: number, headCentre: Vec3): Vec3[] {
  const amount = Math.min(1, Math.max(0, -strain / FULL_CRIMP_STRAIN));
  if (amount === 0) return points;
  const total = points.reduce((s, p, i) => (i === 0 ? 0 : s + len(sub(p, points[i - 1]!))), 0);
  const waves = Math.max(1, Math.round(total / CRIMP_WAVE_MM));
  return points.map((p, i) => {
    if (i === 0 || i === points.length - 1) return p;
    const t = sub(points[i + 1]!, points[i - 1]!);
    const r = sub(p, headCentre);
    const side: Vec3 = [
      r[1] * t[2] - r[2] * t[1],
      r[2] * t[0] - r[0] * t[2],
      r[0] * t[1] - r[1] * t[0],
    ];
    const l = len(side) || 1;
    const w = CRIMP_MM * amount * Math.sin((Math.PI * 2 * waves * i) / (points.length - 1));
    return [p[0] + (side[0] / l) * w, p[1] + (side[1] / l) * w, p[2] + (side[2] / l) * w];
  });
}

export function capsuleBands(hip: Pick<HipState, 'capsule' | 'pose'>): Band[] {
  const centre = hip.pose.headCentreMm;
  return (Object.keys(BAND_NAMES) as Region[]).map((region) => {
    const state = hip.capsule[region];
    const fibres = state.fibres.map((f) => ({
      points: crimp(resample(f.pathMm, SAMPLES), f.strain, centre),
      strain: f.strain,
      colour: strainColour(f.strain),
      tautness: Math.min(1, Math.max(0, f.strain / (2 * TOE_STRAIN))),
    }));
    return {
      region,
      fibres,
      tension: tensionOf(state.strain),
      strain: state.strain,
      colour: strainColour(state.strain),
    };
  });
}
