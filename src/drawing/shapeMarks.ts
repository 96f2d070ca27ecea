/**
 * Where a hip's bones differ from a typical hip's, so the figure can tint them: the cam bump
 * (the head-neck surface standing proud of a typical one) and a pincer's overhang (the rim
 * reaching further over the ball than a typical rim). Both compare the model's surfaces for
 * this hip with the model's surfaces for the typical shape, sample by sample: the two are
 * sampled alike, since only the alpha angle and the centre-edge angle differ.
 */
import { buildHipGeometry, type HipGeometry } from '../model';
import type { Vec3 } from './anatomy';

export interface ShapeMarks {
  /** Per head-neck vertex (ring-major, as the model's rings): 0 typical … 1 clearly a bump. */
  camWeight: Float32Array;
  /** The most prominent point of the bump (femur frame), or null for a typical neck. */
  camPeakMm: Vec3 | null;
  /** Largest height of the bump over the typical surface, mm. */
  camHeightMm: number;
  /** Extra coverage of the rim over the typical one, degrees (0 when not deeper). */
  overhangDeg: number;
  /** The typical rim (pelvis frame), where a pincer's overhang starts; null when not deeper. */
  typicalRimMm: Vec3[] | null;
}

/** Height over the typical surface at which the tint starts, and where it is full (mm). */
const CAM_START_MM = 0.2;
const CAM_FULL_MM = 1;
/** Extra coverage that counts as an overhang worth showing. */
const OVERHANG_MIN_DEG = 2;

let typical: HipGeometry | null = null;

/** The model's surfaces for a typical hip (its default shape). */
export function typicalGeometry(): HipGeometry {
  typical ??= buildHipGeometry({});
  return typical;
}

function radial(v: Vec3, axis: Vec3): number {
  const s = v[0] * axis[0] + v[1] * axis[1] + v[2] * axis[2];
  return Math.hypot(v[0] - axis[0] * s, v[1] - axis[1] * s, v[2] - axis[2] * s);
}

export function shapeMarks(geometry: HipGeometry, reference = typicalGeometry()): ShapeMarks {
  const rings = geometry.femur.headNeckRings;
  const refRings = reference.femur.headNeckRings;
  const axis = geometry.femur.neckAxis;
  const perRing = rings[0]?.length ?? 0;
  const camWeight = new Float32Array(rings.length * perRing);
  let camHeightMm = 0;
  let camPeakMm: Vec3 | null = null;
  const comparable = refRings.length === rings.length && (refRings[0]?.length ?? 0) === perRing;
  if (comparable)
    rings.forEach((ring, i) =>
      ring.forEach((v, j) => {
        const height = radial(v, axis) - radial(refRings[i]![j]!, reference.femur.neckAxis);
        camWeight[i * perRing + j] = Math.min(
          1,
          Math.max(0, (height - CAM_START_MM) / (CAM_FULL_MM - CAM_START_MM)),
        );
        if (height > camHeightMm) {
          camHeightMm = height;
          camPeakMm = v;
        }
      }),
    );
  const overhangDeg = geometry.acetabulum.coverageDeg - reference.acetabulum.coverageDeg;
  const deeper = overhangDeg >= OVERHANG_MIN_DEG;
  return {
    camWeight,
    camPeakMm: camHeightMm >= CAM_FULL_MM ? camPeakMm : null,
    camHeightMm,
    overhangDeg: deeper ? overhangDeg : 0,
    typicalRimMm: deeper ? reference.acetabulum.rim.map((r) => r.pointMm) : null,
  };
}
