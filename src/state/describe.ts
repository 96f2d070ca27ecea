/**
 * Words for a solved hip: the depth in plain terms, the readouts with units and sensible
 * rounding, and one hedged sentence for a patient. Pure, so the figure, its text
 * alternative, the poster and the printed handout all say the same thing.
 */
import type { HipState } from '../model';
import {
  amountWords,
  clearanceWords,
  pelvisWords,
  rotationHasWords,
  rotationMarginWords,
  rotationNeedsWords,
} from './numberWords';

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
  const c = hip.compensations;
  const wink = c.buttWinkDeg >= 2 ? ' (butt wink)' : '';
  return [
    { id: 'flexion', label: 'Hip bend (thigh to pelvis)', value: `${round(hip.hipFlexionDeg)}°` },
    // One pelvis number with one name: its tilt from standing, which butt wink adds to.
    { id: 'tilt', label: 'Pelvis', value: `${pelvisWords(hip.pelvicTiltDeg)}${wink}` },
    {
      id: 'glide',
      label: 'Ball glide',
      value: `${round1(glideMm(hip.headTranslationMm))} mm ${glideInWords(hip.headTranslationMm)}`,
    },
    {
      id: 'clearance',
      label: 'Neck to rim',
      value: clearanceWords(hip.clearanceMm),
      alert: hip.clearanceMm <= 0,
    },
    {
      id: 'rotation',
      label: 'Inward roll',
      value: `${rotationHasWords(hip.internalRotationAvailableDeg)}, ${rotationNeedsWords(hip.internalRotationRequiredDeg)}`,
      alert: hip.internalRotationAvailableDeg < hip.internalRotationRequiredDeg,
    },
    { id: 'knee-flare', label: 'Knee flare', value: amountWords(c.kneeFlareDeg) },
    { id: 'back-arch', label: 'Low-back arch', value: amountWords(c.lumbarExtensionDeg) },
  ];
}

/**
 * The two or three facts a figure shows under its slider, in words: the room for inward
 * roll, the gap between neck and rim, and the pelvis. Every other number sits behind
 * "Numbers".
 */
export function keyFacts(hip: HipState): Readout[] {
  return [
    {
      id: 'rotation',
      label: 'Inward roll',
      value: rotationMarginWords(hip.internalRotationAvailableDeg, hip.internalRotationRequiredDeg),
      alert: hip.internalRotationAvailableDeg < hip.internalRotationRequiredDeg,
    },
    {
      id: 'clearance',
      label: 'Neck to rim',
      value: clearanceWords(hip.clearanceMm),
      alert: hip.clearanceMm <= 0,
    },
    { id: 'tilt', label: 'Pelvis', value: pelvisWords(hip.pelvicTiltDeg) },
  ];
}

/** Why the hip bend can stop growing while the squat goes deeper: said wherever both appear. */
export const HIP_BEND_NOTE =
  'Hip bend is the angle between the thigh and the pelvis, not between the thigh and the trunk. When the pelvis tucks under near the bottom (butt wink), the thigh and trunk keep closing while the hip itself bends no further, or a little less.';

/** One hedged sentence (or two) for a patient. "In this model" keeps it about the model. */
export function sentence(hip: HipState, tightCapsule: boolean): string {
  const glide = glideInWords(hip.headTranslationMm);
  const c = hip.compensations;
  if (hip.hipFlexionDeg < 20 && hip.contact === null)
    return 'Standing, the ball sits centred in its socket.';
  const parts: string[] = [];
  // The glide is said the same way for every hip: in model v2 a typical hip's ball moves the
  // same way as a tight one's, so naming the tight capsule as its cause would be untrue.
  void tightCapsule;
  if (glide === 'centred') parts.push('In this model, the ball spins in place in its socket');
  else parts.push(`In this model, the ball rolls and glides slightly ${glide} in its socket`);
  if (hip.contact !== null) {
    const what =
      hip.contact.structure === 'labrum' ? 'the labrum (the rim’s soft edge)' : 'the bony rim';
    parts.push(
      `the neck meets ${what} at about ${clockText(hip.contact.clockHour)}: this meeting is called impingement, and a touch at the end of a movement is common and is not the same as harm`,
    );
  } else if (hip.clearanceMm < 3) parts.push('the neck comes close to the rim');
  else parts.push('the neck stays clear of the rim');
  let text = `${parts.join('; ')}.`;
  const moves: string[] = [];
  if (c.buttWinkDeg >= 2) moves.push('the pelvis tucks under (butt wink)');
  if (c.kneeFlareDeg >= 2) moves.push(`the knee drifts out by ${round(c.kneeFlareDeg)}°`);
  if (c.lumbarExtensionDeg >= 2)
    moves.push(`the low back arches by ${round(c.lumbarExtensionDeg)}°`);
  if (moves.length) text += ` Meanwhile ${moves.join(' and ')}.`;
  return text;
}
