/**
 * The sentences the articles say about what the model shows, computed at build time from
 * `solveHip` for the same preset states the figures start from, so the words follow the
 * model when it changes (the compensation numbers work the same way: compensationNumbers.ts).
 * Degrees as whole numbers, millimetres to 0.1. tests/unit/modelSentences.test.ts checks
 * each sentence against the model and that each variation changes only what it says it does.
 */
import { solveHip, type HipState } from '../model';
import { modelInput } from '../state/modelInput';
import { PRESETS, type PresetName } from '../state/presets';

const hipOf = (name: PresetName): HipState => solveHip(modelInput(PRESETS[name].state));
const deg = (x: number) => `${Math.round(x)}°`;
const cm = (xMm: number) => `${Math.round(xMm / 10)} cm`;
const mm = (x: number) => `${(Math.round(Math.abs(x) * 10) / 10).toFixed(1)} mm`;

/** "more" or "less" for a change from `before` to `after` (by the rounded values). */
export function moreOrLess(before: number, after: number): 'more' | 'less' | 'the same' {
  const b = Math.round(before);
  const a = Math.round(after);
  return a > b ? 'more' : a < b ? 'less' : 'the same';
}

/** The room between the front of the neck and the rim, in words: a gap, or how deep the overlap is. */
export function roomWords(clearanceMm: number): string {
  return clearanceMm >= 0
    ? `${mm(clearanceMm)} of room is left between the front of the neck and the rim`
    : `the neck overlaps the rim by ${mm(clearanceMm)}`;
}

export interface RotationAlongSquat {
  /** The thigh's rotation the posture asks for when standing, deg (negative: turned outward). */
  standingDeg: number;
  /** The first depth (0–1, in steps of 0.05) at which the posture asks for inward rotation. */
  turnsInwardAtDepth: number;
  /** Hip flexion at that depth, deg. */
  hipFlexionThereDeg: number;
  /** Inward rotation asked for at parallel (depth 0.5) and at full depth, deg. */
  atParallelDeg: number;
  atFullDepthDeg: number;
}

/** How the rotation the squat asks of the thigh changes from standing to full depth, for a typical hip. */
export function rotationAlongSquat(): RotationAlongSquat {
  const at = (depth: number) => solveHip(modelInput({ ...PRESETS.deep.state, depth }));
  let turn = 1;
  for (let i = 0; i <= 20; i++) {
    if (at(i / 20).internalRotationRequiredDeg > 0) {
      turn = i / 20;
      break;
    }
  }
  return {
    standingDeg: at(0).internalRotationRequiredDeg,
    turnsInwardAtDepth: turn,
    hipFlexionThereDeg: at(turn).hipFlexionDeg,
    atParallelDeg: at(0.5).internalRotationRequiredDeg,
    atFullDepthDeg: at(1).internalRotationRequiredDeg,
  };
}

/** The deep-squat article's reconciliation of "the ball turns outward" with "the squat needs inward turn". */
export function rotationSentence(r: RotationAlongSquat = rotationAlongSquat()): string {
  const standing =
    r.standingDeg < 0
      ? `standing, with the feet turned out, the thigh sits turned outward by ${deg(-r.standingDeg)}`
      : `standing, the thigh sits turned inward by ${deg(r.standingDeg)}`;
  return (
    `In the model hip, ${standing}. ` +
    `As the hip bends past about ${deg(r.hipFlexionThereDeg)}, the squat starts to ask for an inward turn instead: ` +
    `${deg(r.atParallelDeg)} at parallel and ${deg(r.atFullDepthDeg)} at full depth.`
  );
}

interface Snapshot {
  trunkLeanDeg: number;
  buttWinkDeg: number;
  hipFlexionDeg: number;
  irRequiredDeg: number;
  clearanceMm: number;
  contact: boolean;
}

const snapshot = (h: HipState): Snapshot => ({
  trunkLeanDeg: h.trunkFlexionDeg,
  buttWinkDeg: h.compensations.buttWinkDeg,
  hipFlexionDeg: h.hipFlexionDeg,
  irRequiredDeg: h.internalRotationRequiredDeg,
  clearanceMm: h.clearanceMm,
  contact: h.contact !== null,
});

export interface Variation {
  /** The preset the variation starts from, and the preset with the variation. */
  from: PresetName;
  to: PresetName;
  before: Snapshot;
  after: Snapshot;
}

/** The variations the compensations article shows, each a pair of presets that differ in one field. */
export const VARIATION_PAIRS = {
  heelsRaised: { from: 'stiff-ankle', to: 'heels-raised' },
  boxSquat: { from: 'butt-wink', to: 'box-squat' },
  turnOut: { from: 'deep-tight', to: 'turned-out' },
  wideStance: { from: 'deep-tight', to: 'wide-stance' },
} as const satisfies Record<string, { from: PresetName; to: PresetName }>;

export type VariationName = keyof typeof VARIATION_PAIRS;

export function variation(name: VariationName): Variation {
  const { from, to } = VARIATION_PAIRS[name];
  return { from, to, before: snapshot(hipOf(from)), after: snapshot(hipOf(to)) };
}

/** The heel wedge, in degrees, that the heels-raised preset adds to the stiff ankle. */
export function heelWedgeDeg(): number {
  const { from, to } = VARIATION_PAIRS.heelsRaised;
  return PRESETS[to].state.ankleDorsiflexionDeg - PRESETS[from].state.ankleDorsiflexionDeg;
}

/** "tucks under 36° instead of 50°", or "does not tuck under (35° at full depth)" when it is under 1°. */
function tuckWords(after: number, before: number, where: string): string {
  return Math.round(after) < 1
    ? `does not tuck under at all (${deg(before)} ${where})`
    : `tucks under ${deg(after)} instead of ${deg(before)}`;
}

/** One or two sentences per variation, for the article. */
export function variationSentence(name: VariationName, v: Variation = variation(name)): string {
  const { before: b, after: a } = v;
  switch (name) {
    case 'heelsRaised':
      return (
        `In the model, with ankles that bend ${deg(PRESETS[v.from].state.ankleDorsiflexionDeg)} and a ${deg(heelWedgeDeg())} wedge under the heels, ` +
        `the trunk leans forward ${deg(a.trunkLeanDeg)} instead of ${deg(b.trunkLeanDeg)}, ` +
        `and the pelvis ${tuckWords(a.buttWinkDeg, b.buttWinkDeg, 'without the wedge')}.`
      );
    case 'boxSquat':
      return (
        `In the model, stopping with the thighs level asks the thigh for ${deg(a.irRequiredDeg)} of inward turn instead of ${deg(b.irRequiredDeg)} at full depth, ` +
        `the pelvis ${tuckWords(a.buttWinkDeg, b.buttWinkDeg, 'at full depth')}, and ${roomWords(a.clearanceMm)}.`
      );
    case 'turnOut':
      return (
        `In the model, turning the feet out ${deg(PRESETS[v.to].state.footTurnOutDeg)} instead of ${deg(PRESETS[v.from].state.footTurnOutDeg)} asks the thigh for ` +
        `${moreOrLess(b.irRequiredDeg, a.irRequiredDeg)} inward turn (${deg(a.irRequiredDeg)} instead of ${deg(b.irRequiredDeg)}). ` +
        `With the body held in the textbook shape, it leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room at the front: ${roomWords(a.clearanceMm)}, against ${mm(b.clearanceMm)} ${b.clearanceMm < 0 ? 'of overlap' : 'of room'} with the feet turned out less.`
      );
    case 'wideStance':
      return (
        `In the model, setting the ankles ${cm(PRESETS[v.to].state.stanceWidthMm)} apart instead of ${cm(PRESETS[v.from].state.stanceWidthMm)} asks the thigh for ` +
        `${moreOrLess(b.irRequiredDeg, a.irRequiredDeg)} inward turn (${deg(a.irRequiredDeg)} instead of ${deg(b.irRequiredDeg)}). ` +
        `With the body held in the textbook shape, it leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room at the front: ${roomWords(a.clearanceMm)}, against ${mm(b.clearanceMm)} ${b.clearanceMm < 0 ? 'of overlap' : 'of room'} with the narrower stance.`
      );
  }
}

/** Whether the wide stance still meets the rim when the body may adapt. */
export function wideStanceAdaptingSentence(): string {
  const h = solveHip(
    modelInput({ ...PRESETS[VARIATION_PAIRS.wideStance.to].state, compensate: true }),
  );
  return h.contact
    ? `Even when the model body may adapt, with the pelvis tucked under ${deg(h.compensations.buttWinkDeg)} and the knees pushed out ${deg(h.compensations.kneeFlareDeg)}, the neck meets the rim in this wide stance.`
    : `When the model body may adapt, it finds room in this wide stance by tucking the pelvis under ${deg(h.compensations.buttWinkDeg)}.`;
}

/** What the turned-out feet do when the body may adapt (the figure holds the textbook shape). */
export function turnOutAdaptingSentence(): string {
  const adapt = (name: PresetName) =>
    solveHip(modelInput({ ...PRESETS[name].state, compensate: true }));
  const b = adapt(VARIATION_PAIRS.turnOut.from);
  const a = adapt(VARIATION_PAIRS.turnOut.to);
  return (
    `When the model body may adapt, the same turned-out feet make it tuck the pelvis under ` +
    `${moreOrLess(b.compensations.buttWinkDeg, a.compensations.buttWinkDeg)} (${deg(a.compensations.buttWinkDeg)} instead of ${deg(b.compensations.buttWinkDeg)}).`
  );
}

/** Where on the rim a clock hour is, in words (right hip: 12 at the top, 3 at the front). */
export function rimPlace(clockHour: number): string {
  const h = ((clockHour % 12) + 12) % 12;
  const from = (a: number) => Math.min(Math.abs(h - a), 12 - Math.abs(h - a));
  if (from(0) <= 1) return 'near the top of the rim';
  if (from(3) <= 1) return 'at the front of the rim';
  if (h > 1 && h < 2) return 'at the front and top of the rim';
  return `at about ${Math.round(h) || 12} o'clock on the rim`;
}

/**
 * What knee flare costs or buys in the model, in plain words, for the state of the
 * knee-flare figure. The model body pushes its knees out when its thigh is short of inward
 * turn, whether or not that helps (docs/model.md, "Compensations"); this says which it is
 * here and where the narrowest gap is.
 */
export function kneeFlareRoomSentence(): string {
  const h = hipOf('knee-flare');
  const room = h.compensations.clearanceEffectMm.kneeFlare;
  if (Math.round(h.compensations.kneeFlareDeg) < 1) return '';
  const where = rimPlace(h.nearestClockHour);
  if (room < -0.05)
    return (
      `So in this model, knee flare costs a little room instead of making it. ` +
      `Pushing the knee out also swings the thigh out to the side, and deep in this squat that brings the neck closer to the rim. The gap is narrowest ${where}.`
    );
  if (room > 0.05)
    return `So in this model, knee flare makes a little room; the gap is narrowest ${where}.`;
  return `So in this model, knee flare hardly changes the room; the gap is narrowest ${where}.`;
}

/** The model's verdict on "turn the feet out to give the hips room", from the turn-out variation. */
export function turnOutSummarySentence(v: Variation = variation('turnOut')): string {
  const adapt = (name: PresetName) =>
    solveHip(modelInput({ ...PRESETS[name].state, compensate: true })).compensations.buttWinkDeg;
  const room = v.after.clearanceMm > v.before.clearanceMm ? 'more' : 'less';
  const turn = moreOrLess(v.before.irRequiredDeg, v.after.irRequiredDeg);
  const tuck = moreOrLess(adapt(v.from), adapt(v.to));
  return (
    `In the model, turning the feet out further leaves ${room} room at the front with the body held still, ` +
    `but asks the thigh for ${turn} inward turn, and a body free to adapt tucks its pelvis under ${tuck}.`
  );
}

/** The tuck an adapting model body uses at full depth in the textbook stance and in the two stance variations, deg. */
export function stanceTucks(): { textbookDeg: number; turnedOutDeg: number; wideDeg: number } {
  const tuck = (name: PresetName) =>
    solveHip(modelInput({ ...PRESETS[name].state, compensate: true })).compensations.buttWinkDeg;
  return {
    textbookDeg: tuck(VARIATION_PAIRS.turnOut.from),
    turnedOutDeg: tuck(VARIATION_PAIRS.turnOut.to),
    wideDeg: tuck(VARIATION_PAIRS.wideStance.to),
  };
}

/** The big pelvic tucks of the stance variations, in one sentence, for the comparison with people. */
export function stanceTucksSentence(t = stanceTucks()): string {
  return (
    `When the model body may adapt, it tucks the pelvis under ${deg(t.turnedOutDeg)} with the feet turned out ${deg(PRESETS[VARIATION_PAIRS.turnOut.to].state.footTurnOutDeg)}, ` +
    `and ${deg(t.wideDeg)} with the ankles ${cm(PRESETS[VARIATION_PAIRS.wideStance.to].state.stanceWidthMm)} apart, against ${deg(t.textbookDeg)} in the narrower stance with the feet turned out less.`
  );
}
