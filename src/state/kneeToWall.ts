/**
 * The knee-to-wall test (weight-bearing lunge): centimetres from the big toe to the wall,
 * with the heel down and the knee just touching the wall → degrees of ankle dorsiflexion,
 * read as the shin's forward lean from vertical. That lean is what the model's
 * `ankleDorsiflexionDeg` limits (src/model/squat.ts: how far the shin tips over the foot),
 * so the number can go straight into a figure's state.
 *
 * Geometry. With the heel flat and the knee on the wall, the shin reaches from the ankle
 * forward to the wall:
 *
 *   L · sin θ = d + a        θ = asin((d + a) / L)
 *
 *   d  toe-to-wall distance (cm), the test's result
 *   L  shin length, 43.4 cm: knee joint centre to the outer ankle bone, adult men, de Leva
 *      (1996), the same shin the model's body uses (src/model/body.ts, DE_LEVA.shank)
 *   a  reach from the ankle to the wall when d = 0, 17.0 cm: fitted so that the mean
 *      distance of 50 adults, 10.3 cm, gives the mean shin angle measured in the same
 *      lunges with an inclinometer at the bump below the kneecap, 39.0° (Hall and Docherty
 *      2017)
 *
 * Check against a second study (tested in kneeToWall.test.ts): 26 young men reached 11.6
 * to 11.8 cm and an inclinometer read 39.9° to 40.0° (Calatayud et al. 2015); this
 * conversion gives 41.2° to 41.6°, within a third of that study's spread (5.6° to 5.8°).
 *
 * Each centimetre is worth 1 / (L cos θ) radians: about 1.4° near 0 cm, 1.7° near the
 * typical 10 cm and 2.5° near 20 cm. The figure of 3.6° per centimetre that is often
 * repeated fits neither the geometry of one shin nor the two studies: across people their
 * spreads of angle and of distance (4.6° for 3.0 cm; 5.8° for 4.0 cm) allow at most about
 * 1.5° per centimetre (a little less than one shin's 1.7°, as people with longer feet
 * reach further for the same angle). See docs/sources.md.
 *
 * Valid range: 0 to 20 cm (23° to 58° of shin lean, inside the model's 10° to 60°). A knee
 * that cannot touch the wall with the toe against it reads less than 23°; a distance past
 * 20 cm is outside both studies and the geometry grows steep, so it is clamped and said so.
 * Pure: no DOM, no model; the clinic's patient hip reuses it.
 */

/** de Leva (1996) shank length, knee joint centre to lateral malleolus, cm (adult men). */
export const SHIN_LENGTH_CM = 43.4;
/** Reach from the ankle to the wall at 0 cm, fitted to Hall and Docherty (2017), cm. */
export const ANKLE_REACH_CM = 17.0;

/** The distances the conversion is valid for, and the step the input offers, cm. */
export const KNEE_TO_WALL_RANGE_CM = { min: 0, max: 20, step: 0.5 } as const;

/** Typical results, for the article and for tests. */
export const TYPICAL_KNEE_TO_WALL = {
  /** 50 adults: distance 10.3 ± 3.0 cm, inclinometer at the tibial tuberosity 39.0 ± 4.6°. */
  hall2017: { people: 50, meanCm: 10.3, sdCm: 3.0, meanDeg: 39.0, sdDeg: 4.6 },
  /** 26 male students: tape 11.6 ± 4.0 cm (left), 11.8 ± 4.2 cm (right); inclinometer 40.0 ± 5.8°, 39.9 ± 5.6°. */
  calatayud2015: { people: 26, meanCm: 11.7, sdCm: 4.1, meanDeg: 39.95, sdDeg: 5.7 },
} as const;

const DEG = 180 / Math.PI;

/**
 * Degrees of dorsiflexion (shin lean from vertical) for a knee-to-wall distance in cm,
 * unrounded. Distances outside KNEE_TO_WALL_RANGE_CM are clamped to it; NaN stays NaN.
 */
export function dorsiflexionDegFromKneeToWallCm(distanceCm: number): number {
  if (Number.isNaN(distanceCm)) return Number.NaN;
  const d = Math.min(KNEE_TO_WALL_RANGE_CM.max, Math.max(KNEE_TO_WALL_RANGE_CM.min, distanceCm));
  return Math.asin((d + ANKLE_REACH_CM) / SHIN_LENGTH_CM) * DEG;
}

/** The inverse: the distance (cm) a given shin lean (deg) reads on the test, unclamped. */
export function kneeToWallCmFromDorsiflexionDeg(deg: number): number {
  return SHIN_LENGTH_CM * Math.sin(deg / DEG) - ANKLE_REACH_CM;
}

export interface KneeToWallReading {
  /** The distance used, cm (clamped to the valid range). */
  distanceCm: number;
  /** Dorsiflexion in whole degrees, the precision the site shows. */
  dorsiflexionDeg: number;
  /** The distance given was outside the valid range and was clamped. */
  clamped: boolean;
}

/** One reading for the page: clamped, rounded, and saying whether it was clamped. Null for a non-number. */
export function readKneeToWall(distanceCm: number): KneeToWallReading | null {
  if (!Number.isFinite(distanceCm)) return null;
  const { min, max } = KNEE_TO_WALL_RANGE_CM;
  const d = Math.min(max, Math.max(min, distanceCm));
  return {
    distanceCm: d,
    dorsiflexionDeg: Math.round(dorsiflexionDegFromKneeToWallCm(d)),
    clamped: d !== distanceCm,
  };
}
