/**
 * The model's numbers for the three compensations, computed at build time from the same
 * preset states the figures in "The compensations, one by one" start from. The article
 * quotes these sentences instead of typing numbers, so the words always match the model
 * the figures draw, even as the model changes. Degrees as integers, millimetres to 0.1.
 */
import { solveHip } from '../model';
import { modelInput } from '../state/modelInput';
import { PRESETS } from '../state/presets';

export interface CompensationNumber {
  /** How far the body uses it, in whole degrees. */
  deg: number;
  /** Room it makes between the front of the femoral neck and the rim, mm (negative: it takes room away). */
  roomMm: number;
}

const round1 = (mm: number) => Math.round(mm * 10) / 10;

/** Knee flare, low-back arch and butt wink at the states of the figures `knee-flare`, `back-arch` and `butt-wink`. */
export function compensationNumbers(): Record<
  'kneeFlare' | 'backArch' | 'buttWink',
  CompensationNumber
> {
  const flare = solveHip(modelInput(PRESETS['knee-flare'].state)).compensations;
  const arch = solveHip(modelInput(PRESETS['back-arch'].state)).compensations;
  const wink = solveHip(modelInput(PRESETS['butt-wink'].state)).compensations;
  return {
    kneeFlare: {
      deg: Math.round(flare.kneeFlareDeg),
      roomMm: round1(flare.clearanceEffectMm.kneeFlare),
    },
    backArch: {
      deg: Math.round(arch.lumbarExtensionDeg),
      roomMm: round1(arch.clearanceEffectMm.lumbarExtension),
    },
    buttWink: {
      deg: Math.round(wink.buttWinkDeg),
      roomMm: round1(wink.clearanceEffectMm.buttWink),
    },
  };
}

/** "adds 2.5 mm of room", "takes away 0.5 mm of room" or "makes no measurable difference to the room". */
export function roomText(mm: number): string {
  if (Math.abs(mm) < 0.05) return 'makes no measurable difference to the room';
  return mm > 0
    ? `adds ${mm.toFixed(1)} mm of room`
    : `takes away ${Math.abs(mm).toFixed(1)} mm of room`;
}

/**
 * One sentence for the article, e.g. "In the model hip in the figure below, the pelvis
 * tucks under by 26°, which adds 2.5 mm of room between the neck and the rim."
 */
export function compensationSentence(what: string, n: CompensationNumber): string {
  const where = 'between the neck and the rim';
  if (n.deg < 1)
    return `In the model hip in the figure below, ${what} by less than 1°, so it makes no real difference to the room ${where}.`;
  return `In the model hip in the figure below, ${what} by ${n.deg}°, which ${roomText(n.roomMm)} ${where}.`;
}
