/**
 * Capsule tension on cividis: perceptually uniform and readable with every common form of
 * colour blindness (never red–green). 0 = slack, 1 = the top of the legend.
 *
 * The colour map is the polynomial fit of cividis (Nuñez, Anderton & Renslow 2018, PLoS ONE,
 * doi:10.1371/journal.pone.0199239) that d3-scale-chromatic ships as `interpolateCividis`
 * (ISC licence). It is written out here because importing that package pulls in all of
 * d3-color (about 8 KB gzip) for one function.
 */

/** Strain at the top of the colour scale; fibres stretched further show the same colour. */
export const STRAIN_SCALE_MAX = 0.12;

const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** Cividis at t in [0, 1], as `rgb(r, g, b)`. */
export function cividis(t: number): string {
  const x = Math.max(0, Math.min(1, t));
  const r = -4.54 - x * (35.34 - x * (2381.73 - x * (6402.7 - x * (7024.72 - x * 2710.57))));
  const g = 32.49 + x * (170.73 + x * (52.82 - x * (131.46 - x * (176.58 - x * 67.37))));
  const b = 81.24 + x * (442.36 - x * (2482.43 - x * (6167.24 - x * (6614.94 - x * 2475.67))));
  return `rgb(${channel(r)}, ${channel(g)}, ${channel(b)})`;
}

export function strainColour(strain: number): string {
  const t = Math.min(1, Math.max(0, strain / STRAIN_SCALE_MAX));
  return cividis(0.08 + 0.92 * t);
}

/** A CSS gradient of the same scale, for the legend. */
export function strainLegendGradient(): string {
  const stops = Array.from({ length: 6 }, (_, i) => `${cividis(0.08 + (0.92 * i) / 5)} ${i * 20}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
