/**
 * The sentences the articles say about what the model shows, computed at build time from
 * `solveHip` for the same preset states the figures start from, so the words follow the
 * model when it changes (the compensation numbers work the same way: compensationNumbers.ts).
 * Degrees as whole numbers, millimetres to 0.1. tests/unit/modelSentences.test.ts checks
 * each sentence against the model and that each variation changes only what it says it does.
 */
import { solveHip, type HipState } from '../model';
import { glideInWords } from '../state/describe';
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

/**
 * The room between the neck and the rim, in words: a gap, or how deep the overlap is. The
 * narrowest gap in a deep squat is near the top of the rim in model v2, not at its front, so
 * the words name no side.
 */
export function roomWords(clearanceMm: number): string {
  return clearanceMm >= 0
    ? `${mm(clearanceMm)} of room is left between the neck and the rim`
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
  boxSquat: { from: 'deep-tight', to: 'box-squat' },
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

/** A tuck (butt wink) the words count as one: 1° or more once rounded. */
const tucks = (deg: number) => Math.round(deg) >= 1;

/**
 * "tucks under 36° instead of 50°"; "does not tuck under at all (35° without the wedge)" when
 * only the first is under 1°; "does not tuck under, with or without the wedge" when neither tucks.
 */
function tuckWords(after: number, before: number, where: string, either: string): string {
  if (!tucks(after) && !tucks(before)) return `does not tuck under, ${either}`;
  return !tucks(after)
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
        `the hip bends ${deg(a.hipFlexionDeg)} instead of ${deg(b.hipFlexionDeg)}, ` +
        `and the pelvis ${tuckWords(a.buttWinkDeg, b.buttWinkDeg, 'without the wedge', 'with or without the wedge')}.`
      );
    case 'boxSquat':
      return (
        `In the model, stopping with the thighs level asks the thigh for ${deg(a.irRequiredDeg)} of inward turn instead of ${deg(b.irRequiredDeg)} at full depth, ` +
        `and ${roomWords(a.clearanceMm)}, against ${mm(b.clearanceMm)} ${b.clearanceMm < 0 ? 'of overlap' : 'of room'} at full depth.`
      );
    case 'turnOut':
      return (
        `In the model, turning the feet out ${deg(PRESETS[v.to].state.footTurnOutDeg)} instead of ${deg(PRESETS[v.from].state.footTurnOutDeg)} asks the thigh for ` +
        `${moreOrLess(b.irRequiredDeg, a.irRequiredDeg)} inward turn (${deg(a.irRequiredDeg)} instead of ${deg(b.irRequiredDeg)}). ` +
        `With the body held in the textbook shape, it leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room: ${roomWords(a.clearanceMm)}, against ${mm(b.clearanceMm)} ${b.clearanceMm < 0 ? 'of overlap' : 'of room'} with the feet turned out less.`
      );
    case 'wideStance':
      return (
        `In the model, setting the ankles ${cm(PRESETS[v.to].state.stanceWidthMm)} apart instead of ${cm(PRESETS[v.from].state.stanceWidthMm)} asks the thigh for ` +
        `${moreOrLess(b.irRequiredDeg, a.irRequiredDeg)} inward turn (${deg(a.irRequiredDeg)} instead of ${deg(b.irRequiredDeg)}). ` +
        `With the body held in the textbook shape, it leaves ${a.clearanceMm > b.clearanceMm ? 'more' : 'less'} room: ${roomWords(a.clearanceMm)}, against ${mm(b.clearanceMm)} ${b.clearanceMm < 0 ? 'of overlap' : 'of room'} with the narrower stance.`
      );
  }
}

/** Whether the wide stance still meets the rim when the body may adapt. */
export function wideStanceAdaptingSentence(): string {
  const h = solveHip(
    modelInput({ ...PRESETS[VARIATION_PAIRS.wideStance.to].state, compensate: true }),
  );
  const wink = h.compensations.buttWinkDeg;
  const flare = h.compensations.kneeFlareDeg;
  const moves: string[] = [];
  if (tucks(wink)) moves.push(`tucking the pelvis under ${deg(wink)}`);
  if (tucks(flare)) moves.push(`pushing the knees out ${deg(flare)}`);
  const how = moves.length > 0 ? moves.join(' and ') : '';
  if (h.contact)
    return how
      ? `Even when the model body may adapt, ${how}, the neck meets the rim in this wide stance.`
      : `When the model body may adapt, it neither tucks the pelvis under nor pushes the knees out here, and the neck still meets the rim in this wide stance.`;
  return how
    ? `When the model body may adapt, it finds room in this wide stance by ${how}.`
    : `When the model body may adapt, the neck clears the rim in this wide stance without tucking the pelvis under or pushing the knees out.`;
}

/** What the turned-out feet do when the body may adapt (the figure holds the textbook shape). */
export function turnOutAdaptingSentence(): string {
  const adapt = (name: PresetName) =>
    solveHip(modelInput({ ...PRESETS[name].state, compensate: true }));
  const b = adapt(VARIATION_PAIRS.turnOut.from);
  const a = adapt(VARIATION_PAIRS.turnOut.to);
  const before = b.compensations.buttWinkDeg;
  const after = a.compensations.buttWinkDeg;
  if (!tucks(before) && !tucks(after))
    return `When the model body may adapt, it does not tuck the pelvis under with either foot position.`;
  return (
    `When the model body may adapt, the same turned-out feet make it tuck the pelvis under ` +
    `${moreOrLess(before, after)} (${deg(after)} instead of ${deg(before)}).`
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
  const before = adapt(v.from);
  const after = adapt(v.to);
  const tuck =
    !tucks(before) && !tucks(after)
      ? 'a body free to adapt does not tuck its pelvis under either way'
      : `a body free to adapt tucks its pelvis under ${moreOrLess(before, after)}`;
  return (
    `In the model, turning the feet out further leaves ${room} room between the neck and the rim with the body held still, ` +
    `but asks the thigh for ${turn} inward turn, and ${tuck}.`
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

/** The pelvic tucks of the stance variations, in one sentence, for the comparison with people. */
export function stanceTucksSentence(t = stanceTucks()): string {
  if (![t.textbookDeg, t.turnedOutDeg, t.wideDeg].some(tucks))
    return (
      `When the model body may adapt, it does not tuck the pelvis under in any of these stances: ` +
      `feet turned out ${deg(PRESETS[VARIATION_PAIRS.turnOut.to].state.footTurnOutDeg)}, ankles ${cm(PRESETS[VARIATION_PAIRS.wideStance.to].state.stanceWidthMm)} apart, or the narrower stance with the feet turned out less.`
    );
  return (
    `When the model body may adapt, it tucks the pelvis under ${deg(t.turnedOutDeg)} with the feet turned out ${deg(PRESETS[VARIATION_PAIRS.turnOut.to].state.footTurnOutDeg)}, ` +
    `and ${deg(t.wideDeg)} with the ankles ${cm(PRESETS[VARIATION_PAIRS.wideStance.to].state.stanceWidthMm)} apart, against ${deg(t.textbookDeg)} in the narrower stance with the feet turned out less.`
  );
}

/**
 * What this model shows for the post's tight-capsule picture ("a tight back of the capsule
 * pushes the ball up and forward, so there is less room to turn in"), for the tight hip at the
 * bottom of the squat held in the textbook shape, against a typical hip in the same posture.
 * Model v2's capsule pulls the ball towards its taut fibres and costs little inward turn this
 * deep (docs/model.md, "Measured in people vs hypothesis"); the words follow the numbers.
 */
export function tightCapsuleSentence(): string {
  const tightState = PRESETS['deep-tight'].state;
  const tight = hipOf('deep-tight');
  const typical = solveHip(modelInput({ ...tightState, capsuleTightness: 1 }));
  const lessRoom = typical.internalRotationAvailableDeg - tight.internalRotationAvailableDeg;
  const glide = glideInWords(tight.headTranslationMm);
  const forward = glide.includes('forward');
  const up = glide.includes('up');
  const room =
    Math.round(lessRoom) >= 1
      ? `leaves the hip about ${deg(lessRoom)} less inward turn to spare at the bottom of the squat (${deg(tight.internalRotationAvailableDeg)} instead of ${deg(typical.internalRotationAvailableDeg)})`
      : `leaves the hip about as much inward turn to spare at the bottom of the squat (${deg(tight.internalRotationAvailableDeg)} against ${deg(typical.internalRotationAvailableDeg)})`;
  const ball =
    forward && up
      ? 'and its pull moves the ball up and forward, as the post describes'
      : `and its pull moves the ball ${glide === 'centred' ? 'hardly at all' : glide}, not up and forward`;
  const where = tight.contact
    ? ` The neck touches the socket ${rimPlace(tight.contact.clockHour)}.`
    : '';
  const reproduces = forward && up && Math.round(lessRoom) >= 5;
  return (
    `${reproduces ? 'In this model' : 'This model does not reproduce that picture: in it'}, a tight back of the capsule ` +
    `(the tightness the model gives a seated inward turn of about 20°) ${room}, ${ball}.${where}`
  );
}

/** Whether a tight hip free to adapt uses the compensations the post ties to it, at full depth. */
export function tightAdaptingSentence(): string {
  const h = solveHip(modelInput({ ...PRESETS['deep-tight'].state, compensate: true }));
  const wink = h.compensations.buttWinkDeg;
  const flare = h.compensations.kneeFlareDeg;
  const used: string[] = [];
  if (tucks(wink)) used.push(`tucks the pelvis under ${deg(wink)}`);
  if (tucks(flare)) used.push(`pushes the knees out ${deg(flare)}`);
  return used.length > 0
    ? `In this model, a hip with a tight back of the capsule that is free to adapt ${used.join(' and ')} at full depth.`
    : `In this model, a hip with a tight back of the capsule that is free to adapt squats to full depth without tucking the pelvis under or pushing the knees out; the model’s butt wink appears in a hip with a deep socket instead.`;
}
