/**
 * Capsule tension on cividis: perceptually uniform and readable with every common form of
 * colour blindness (never red–green). 0 = slack, 1 = the top of the legend.
 */
import { interpolateCividis } from 'd3-scale-chromatic';

/** Strain at the top of the colour scale; fibres stretched further show the same colour. */
export const STRAIN_SCALE_MAX = 0.12;

export function strainColour(strain: number): string {
  const t = Math.min(1, Math.max(0, strain / STRAIN_SCALE_MAX));
  return interpolateCividis(0.08 + 0.92 * t);
}

/** A CSS gradient of the same scale, for the legend. */
export function strainLegendGradient(): string {
  const stops = Array.from({ length: 6 }, (_, i) => `${interpolateCividis(0.08 + (0.92 * i) / 5)} ${i * 20}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
