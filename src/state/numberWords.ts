/**
 * Numbers as a patient reads them: words at the edges instead of a bare negative number.
 * The model's signs mean something to an engineer ("needs −15°" standing = the squat asks
 * for outward roll, "−1.7 mm" = the surfaces pressed together); a reader sees a typo or a
 * fault. Each function turns one of the model's signed quantities into plain words, and
 * none of them ever writes a minus sign. Degrees as whole numbers, millimetres to 0.1.
 */

const whole = (value: number) => Math.round(value);
const tenth = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
/** Rounds to a whole degree without ever giving "-0". */
const deg = (value: number) => `${Math.abs(whole(value))}°`;

/** The inward roll the hip still has at this pose: "20° left", or "no inward roll left". */
export function rotationHasWords(availableDeg: number): string {
  return whole(availableDeg) <= 0 ? 'no inward roll left' : `${deg(availableDeg)} left`;
}

/** The inward roll the squat asks for here: "needs 15°", or "needs none yet" (it asks for outward roll or none). */
export function rotationNeedsWords(requiredDeg: number): string {
  return whole(requiredDeg) <= 0 ? 'needs none yet' : `needs ${deg(requiredDeg)}`;
}

/** Room to spare or short, from the two: "5° to spare", "6° short", "just enough". */
export function rotationMarginWords(availableDeg: number, requiredDeg: number): string {
  // The squat asking for outward roll (a negative need) asks nothing of the inward roll.
  const margin = whole(availableDeg) - Math.max(0, whole(requiredDeg));
  if (margin === 0) return 'just enough';
  return margin > 0 ? `${deg(margin)} to spare` : `${deg(margin)} short`;
}

/** Neck to rim: "3.2 mm apart", "just touching", or "pressed together by 1.7 mm" (touching). */
export function clearanceWords(clearanceMm: number): string {
  if (clearanceMm > 0.05) return `${tenth(clearanceMm)} mm apart`;
  if (clearanceMm > -0.05) return 'just touching';
  return `pressed together by ${tenth(-clearanceMm)} mm`;
}

/**
 * The pelvis, measured one way everywhere: its tilt from standing upright (positive = tucked
 * under). "tucked under 20°", "tipped forward 8°", "level with standing".
 */
export function pelvisWords(tiltDeg: number): string {
  if (whole(tiltDeg) === 0) return 'as in standing';
  return whole(tiltDeg) > 0 ? `tucked under ${deg(tiltDeg)}` : `tipped forward ${deg(tiltDeg)}`;
}

/** A compensation's size: "none" below a whole degree, else "12°". */
export function amountWords(valueDeg: number): string {
  return whole(valueDeg) <= 0 ? 'none' : deg(valueDeg);
}

/**
 * How two values of one quantity differ, from the first hip's side: "6° less", "1.2 mm more",
 * or null when they round the same (the caller then says there is no difference).
 */
export function differenceWords(
  a: number,
  b: number,
  unit: '°' | ' mm',
  more = 'more',
  less = 'less',
): string | null {
  const d = unit === '°' ? whole(a) - whole(b) : Number(tenth(a)) - Number(tenth(b));
  if (d === 0) return null;
  const size = unit === '°' ? `${Math.abs(d)}°` : `${tenth(Math.abs(d))} mm`;
  return `${size} ${d > 0 ? more : less}`;
}
