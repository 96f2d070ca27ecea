/**
 * Words for a solved hip: the depth in plain terms, the readouts with units and sensible
 * rounding, and one hedged sentence for a patient. Pure, so the figure, its text
 * alternative, the poster and the printed handout all say the same thing.
 */
import type { HipState } from '../model';

export function depthInWords(depth: number): string {
  if (depth < 0.03) return 'standing';
  if (depth < 0.25) return 'a slight bend';
  if (depth < 0.42) return 'a half squat';
  if (depth < 0.58) return 'thighs parallel';
  if (depth < 0.85) return 'below parallel';
  if (depth < 0.97) return 'a deep squat';
  return 'full depth';
}

export const round = (value: number) => Math.round(value);
export const round1 = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
const signed1 = (value: number) =>
  (value > 0 ? '+' : value < 0 ? '−' : '') + round1(Math.abs(value));

/** What the slider says to a screen reader: "Below parallel, hip bent 104°". */
export function depthValueText(depth: number, hip: Pick<HipState, 'hipFlexionDeg'>): string {
  const words = depthInWords(depth);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}, hip bent ${round(hip.hipFlexionDeg)}°`;
}

export function clockText(hour: number): string {
  const h = Math.round(hour) % 12 || 12;
  return `${h} o'clock`;
}

/** Which way the ball has moved, in words, from its translation in mm (true, not magnified). */
export function glideInWords(t: HipState['headTranslationMm']): string {
  const parts: string[] = [];
  if (t.anterior > 0.15) parts.push('forward');
  if (t.anterior < -0.15) parts.push('back');
  if (t.superior > 0.15) parts.push('up');
  if (t.superior < -0.15) parts.push('down');
  return parts.length ? parts.join(' and ') : 'centred';
}

export function glideMm(t: HipState['headTranslationMm']): number {
  return Math.hypot(t.anterior, t.superior, t.lateral);
}

export interface Readout {
  id: string;
  label: string;
  value: string;
  /** Worth the reader's attention (contact, no rotation room left). */
  alert?: boolean;
}

export function readouts(hip: HipState): Readout[] {
  const margin = hip.internalRotationAvailableDeg - hip.internalRotationRequiredDeg;
  const tilt = hip.pelvicTiltDeg;
  const c = hip.compensations;
  return [
    { id: 'flexion', label: 'Hip bend', value: `${round(hip.hipFlexionDeg)}°` },
    {
      id: 'tilt',
      label: 'Pelvis',
      value:
        Math.abs(tilt) < 1
          ? 'level'
          : `${round(Math.abs(tilt))}° ${tilt > 0 ? 'tucked under' : 'tipped forward'}`,
    },
    {
      id: 'glide',
      label: 'Ball glide',
      value: `${round1(glideMm(hip.headTranslationMm))} mm ${glideInWords(hip.headTranslationMm)}`,
    },
    {
      id: 'clearance',
      label: 'Neck to rim',
      value:
        hip.clearanceMm <= 0
          ? `touching (${signed1(hip.clearanceMm)} mm)`
          : `${round1(hip.clearanceMm)} mm apart`,
      alert: hip.clearanceMm <= 0,
    },
    {
      id: 'rotation',
      label: 'Inward roll: has / needs',
      value: `${round(hip.internalRotationAvailableDeg)}° / ${round(hip.internalRotationRequiredDeg)}°`,
      alert: margin < 0,
    },
    { id: 'knee-flare', label: 'Knee flare', value: `${round(c.kneeFlareDeg)}°` },
    { id: 'butt-wink', label: 'Butt wink', value: `${round(c.buttWinkDeg)}°` },
    { id: 'back-arch', label: 'Low-back arch', value: `${round(c.lumbarExtensionDeg)}°` },
  ];
}

/** One hedged sentence (or two) for a patient. "In this model" keeps it about the model. */
export function sentence(hip: HipState, tightCapsule: boolean): string {
  const glide = glideInWords(hip.headTranslationMm);
  const c = hip.compensations;
  if (hip.hipFlexionDeg < 20 && hip.contact === null)
    return 'Standing, the ball sits centred in its socket and the capsule around it is relaxed.';
  const parts: string[] = [];
  if (tightCapsule && glide !== 'centred')
    parts.push(`In this model, a tight back of the capsule nudges the ball ${glide}`);
  else if (glide === 'centred') parts.push('In this model, the ball spins in place in its socket');
  else parts.push(`In this model, the ball rolls and glides slightly ${glide} in its socket`);
  if (hip.contact !== null) {
    const what =
      hip.contact.structure === 'labrum' ? 'the labrum (the rim’s soft edge)' : 'the bony rim';
    parts.push(
      `the neck meets ${what} at about ${clockText(hip.contact.clockHour)}: this meeting is what impingement means`,
    );
  } else if (hip.clearanceMm < 3) parts.push('the front of the neck comes close to the rim');
  else parts.push('the neck stays clear of the rim');
  let text = `${parts.join('; ')}.`;
  const moves: string[] = [];
  if (c.buttWinkDeg >= 2) moves.push(`the pelvis tucks under by ${round(c.buttWinkDeg)}°`);
  if (c.kneeFlareDeg >= 2) moves.push(`the knee drifts out by ${round(c.kneeFlareDeg)}°`);
  if (c.lumbarExtensionDeg >= 2)
    moves.push(`the low back arches by ${round(c.lumbarExtensionDeg)}°`);
  if (moves.length) text += ` To find room, ${moves.join(' and ')}.`;
  return text;
}
