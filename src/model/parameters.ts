/**
 * Hip parameters: the anatomical and postural inputs, their defaults and the
 * ranges sliders and URLs are clamped to. Millimetres and degrees throughout.
 * Every default is cited in docs/model.md; capsule slack lengths are the only
 * calibrated quantities and live in capsule.ts.
 *
 * Bad input policy (see `resolveParameters`): nothing here throws. A missing
 * key, a non-number, NaN or an unknown key falls back to the default; a number
 * outside its range (including ±Infinity) is clamped. Each replacement is
 * reported as a warning string so the caller can show or test it.
 */

export interface HipParameters {
  /** Largest alpha angle around the head-neck junction (Nötzli), usually at 1–2 o'clock; cam when ≳ 55–60°. */
  alphaAngleDeg: number;
  /** Lateral centre-edge angle (Wiberg); deep socket / pincer when ≳ 40°. */
  lateralCenterEdgeDeg: number;
  /** Neck-shaft angle between the neck axis and the anatomical shaft axis. */
  neckShaftAngleDeg: number;
  /** Femoral anteversion: neck axis ahead of the condylar axis, seen from above. */
  femoralAnteversionDeg: number;
  /** Acetabular anteversion, anatomic definition (Murray 1993): the opening axis seen on an axial CT slice. */
  acetabularAnteversionDeg: number;
  /** Acetabular inclination, radiographic definition (Murray 1993): the slope of the rim on an AP radiograph. */
  acetabularInclinationDeg: number;
  /** Femoral head diameter (articular surface). */
  headDiameterMm: number;
  /** Mean femoral neck diameter at its waist (the neck is modelled 8% wider supero-inferiorly than antero-posteriorly). */
  neckDiameterMm: number;
  /** Distance along the neck axis from the head centre to the neck base (intertrochanteric region). */
  neckLengthMm: number;
  /** Width of the acetabular labrum from the bony rim to its free edge. */
  labrumWidthMm: number;
  /** 1 = typical; larger = shorter and stiffer posterior capsule and ischiofemoral fibres. */
  posteriorCapsuleTightness: number;
  /** Stiffness multipliers per capsule region (1 = published/typical). */
  iliofemoralLateralStiffness: number;
  iliofemoralMedialStiffness: number;
  pubofemoralStiffness: number;
  ischiofemoralStiffness: number;
  posteriorCapsuleStiffness: number;
  /**
   * The reader's measured seated hip internal rotation (hip and knee at 90°).
   * Undefined = not given. When given, the model solves the
   * posteriorCapsuleTightness that reproduces it, holding the bone shape at the
   * values given. This assumes the capsule is what limits rotation; in real
   * hips bone shape and femoral version often dominate.
   */
  seatedInternalRotationDeg?: number | undefined;
  /** Maximum ankle dorsiflexion (weight-bearing), which limits how far the shin travels forward. */
  ankleDorsiflexionDeg: number;
  /** Foot turn-out from straight ahead; the knee tracks over the foot. */
  footTurnOutDeg: number;
  /** Distance between the two ankle centres. */
  stanceWidthMm: number;
  /** Standing height; segment lengths scale with it (de Leva 1996). */
  statureMm: number;
}

export type NumericParameterKey = Exclude<keyof HipParameters, 'seatedInternalRotationDeg'>;

export interface ParameterRange {
  min: number;
  max: number;
  step: number;
  unit: 'deg' | 'mm' | 'ratio';
}

export const DEFAULT_PARAMETERS: Readonly<HipParameters> = Object.freeze({
  alphaAngleDeg: 45,
  lateralCenterEdgeDeg: 28,
  neckShaftAngleDeg: 129,
  femoralAnteversionDeg: 10,
  acetabularAnteversionDeg: 19,
  acetabularInclinationDeg: 40,
  headDiameterMm: 46,
  neckDiameterMm: 31,
  neckLengthMm: 50,
  labrumWidthMm: 5.3,
  posteriorCapsuleTightness: 1,
  iliofemoralLateralStiffness: 1,
  iliofemoralMedialStiffness: 1,
  pubofemoralStiffness: 1,
  ischiofemoralStiffness: 1,
  posteriorCapsuleStiffness: 1,
  seatedInternalRotationDeg: undefined,
  ankleDorsiflexionDeg: 45,
  footTurnOutDeg: 15,
  stanceWidthMm: 400,
  statureMm: 1741,
});

export const PARAMETER_RANGES: Readonly<
  Record<NumericParameterKey | 'seatedInternalRotationDeg', ParameterRange>
> = Object.freeze({
  alphaAngleDeg: { min: 35, max: 90, step: 1, unit: 'deg' },
  lateralCenterEdgeDeg: { min: 15, max: 50, step: 1, unit: 'deg' },
  neckShaftAngleDeg: { min: 110, max: 150, step: 1, unit: 'deg' },
  femoralAnteversionDeg: { min: -15, max: 40, step: 1, unit: 'deg' },
  acetabularAnteversionDeg: { min: 0, max: 35, step: 1, unit: 'deg' },
  acetabularInclinationDeg: { min: 35, max: 65, step: 1, unit: 'deg' },
  headDiameterMm: { min: 38, max: 58, step: 0.5, unit: 'mm' },
  neckDiameterMm: { min: 24, max: 38, step: 0.5, unit: 'mm' },
  neckLengthMm: { min: 40, max: 65, step: 1, unit: 'mm' },
  labrumWidthMm: { min: 0, max: 10, step: 0.1, unit: 'mm' },
  posteriorCapsuleTightness: { min: 0.5, max: 5, step: 0.05, unit: 'ratio' },
  iliofemoralLateralStiffness: { min: 0.25, max: 4, step: 0.05, unit: 'ratio' },
  iliofemoralMedialStiffness: { min: 0.25, max: 4, step: 0.05, unit: 'ratio' },
  pubofemoralStiffness: { min: 0.25, max: 4, step: 0.05, unit: 'ratio' },
  ischiofemoralStiffness: { min: 0.25, max: 4, step: 0.05, unit: 'ratio' },
  posteriorCapsuleStiffness: { min: 0.25, max: 4, step: 0.05, unit: 'ratio' },
  seatedInternalRotationDeg: { min: 10, max: 34, step: 1, unit: 'deg' },
  ankleDorsiflexionDeg: { min: 10, max: 60, step: 1, unit: 'deg' },
  footTurnOutDeg: { min: 0, max: 45, step: 1, unit: 'deg' },
  stanceWidthMm: { min: 200, max: 700, step: 10, unit: 'mm' },
  statureMm: { min: 1400, max: 2100, step: 10, unit: 'mm' },
});

export const NUMERIC_PARAMETER_KEYS = Object.keys(PARAMETER_RANGES).filter(
  (k) => k !== 'seatedInternalRotationDeg',
) as NumericParameterKey[];

/** Parameters after validation: every numeric field present and in range. */
export type ResolvedParameters = Required<Omit<HipParameters, 'seatedInternalRotationDeg'>> & {
  seatedInternalRotationDeg: number | undefined;
};

export interface Resolution {
  params: ResolvedParameters;
  warnings: string[];
}

const clampTo = (x: number, r: ParameterRange): number => Math.min(r.max, Math.max(r.min, x));

/** Validate and clamp any input into complete, in-range parameters (never throws). */
export function resolveParameters(input?: unknown): Resolution {
  const warnings: string[] = [];
  const params: ResolvedParameters = {
    ...DEFAULT_PARAMETERS,
    seatedInternalRotationDeg: undefined,
  };
  if (input === undefined || input === null) return { params, warnings };
  if (typeof input !== 'object' || Array.isArray(input)) {
    warnings.push('params: expected an object; using defaults');
    return { params, warnings };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in PARAMETER_RANGES)) warnings.push(`${key}: unknown parameter ignored`);
  }
  for (const key of NUMERIC_PARAMETER_KEYS) {
    if (!(key in record)) continue;
    const value = record[key];
    const range = PARAMETER_RANGES[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || Number.isNaN(value)) {
      warnings.push(
        `${key}: not a number (${String(value)}); using default ${DEFAULT_PARAMETERS[key]}`,
      );
      continue;
    }
    const clamped = clampTo(value, range);
    if (clamped !== value) warnings.push(`${key}: ${value} clamped to ${clamped}`);
    params[key] = clamped;
  }
  const seated = record['seatedInternalRotationDeg'];
  if (seated !== undefined && seated !== null) {
    if (typeof seated !== 'number' || Number.isNaN(seated)) {
      warnings.push(`seatedInternalRotationDeg: not a number (${String(seated)}); ignored`);
    } else {
      const range = PARAMETER_RANGES.seatedInternalRotationDeg;
      const clamped = clampTo(seated, range);
      if (clamped !== seated)
        warnings.push(`seatedInternalRotationDeg: ${seated} clamped to ${clamped}`);
      params.seatedInternalRotationDeg = clamped;
    }
  }
  return { params, warnings };
}

/** A stable cache key for resolved parameters. */
export const parameterKey = (p: ResolvedParameters): string =>
  NUMERIC_PARAMETER_KEYS.map((k) => p[k]).join(',') + '|' + String(p.seatedInternalRotationDeg);
