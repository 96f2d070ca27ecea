/**
 * How the site names a posterior-capsule tightness (1 = the typical model hip). One rule for
 * every sentence that says "tight" or "loose", in the figure and in the clinic presenter.
 * The thresholds are wording choices, not clinical cut-offs: the model's tightness has no
 * clinical scale of its own (see docs/model.md, "Assumptions that are not measurements").
 */

/**
 * Above this tightness the words speak of "a tight back of the capsule". In model v2 a
 * tightness up to about 2 leaves the model's seated inward turn at the typical, bone-limited
 * 32°, so calling those "tight" would tell a patient with a typical 31° that their capsule is
 * tight. At 2.5 the model's seated inward turn is about 25°, part way to the 20° that
 * Agricola et al. 2013 call decreased (the site's TIGHT_CAPSULE, 3, gives about 19°).
 */
export const TIGHT_FROM = 2.5;
/** Below this tightness the words speak of a looser capsule than typical. */
export const LOOSE_BELOW = 0.85;

export type TightnessKind = 'tight' | 'typical' | 'loose';

export function tightnessKind(tightness: number): TightnessKind {
  if (tightness > TIGHT_FROM) return 'tight';
  if (tightness < LOOSE_BELOW) return 'loose';
  return 'typical';
}

export const isTightCapsule = (tightness: number): boolean => tightnessKind(tightness) === 'tight';
