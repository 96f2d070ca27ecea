/**
 * How the site names a posterior-capsule tightness (1 = the typical model hip). One rule for
 * every sentence that says "tight" or "loose", in the figure and in the clinic presenter.
 * The thresholds are wording choices, not clinical cut-offs: the model's tightness has no
 * clinical scale of its own (see docs/model.md, "Assumptions that are not measurements").
 */

/** Above this tightness the words speak of "a tight back of the capsule". */
export const TIGHT_FROM = 1.2;
/** Below this tightness the words speak of a looser capsule than typical. */
export const LOOSE_BELOW = 0.85;

export type TightnessKind = 'tight' | 'typical' | 'loose';

export function tightnessKind(tightness: number): TightnessKind {
  if (tightness > TIGHT_FROM) return 'tight';
  if (tightness < LOOSE_BELOW) return 'loose';
  return 'typical';
}

export const isTightCapsule = (tightness: number): boolean => tightnessKind(tightness) === 'tight';
