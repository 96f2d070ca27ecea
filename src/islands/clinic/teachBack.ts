/**
 * Teach-back: the patient shows what they understood. First they move the slider to where
 * the model hip starts to pinch (the model's own answer, found by solving every depth), then
 * they pick one of three plain answers to two questions. Feedback is kind and always ends
 * with the idea itself; nothing is marked "wrong".
 *
 * Nothing here is stored or sent anywhere: the answers live in the presenter's memory and go
 * when the page closes. Pure: no React, no DOM.
 */
import { solveHip } from '../../model';
import { round } from '../../state/describe';
import { RANGES, type FigureState } from '../../state/figureState';
import { modelInput } from '../../state/modelInput';

/** How close (on the depth scale, 0–1) to the model's first contact counts as "found it". */
export const PINCH_TOLERANCE = 0.06;

/** The coarse steps of the search for the first contact (on the depth scale). */
const COARSE = 0.1;

/**
 * The shallowest depth (to the slider's 0.01) at which the model's neck meets the rim, or
 * null if it never does. A scan every 0.1, then every 0.01 inside the first tenth that
 * touches: about 15 solves instead of 100 (a solve with a measured rotation takes a few ms).
 * A contact that came and went within less than a tenth would be missed; the model's
 * contact, once made, holds as the hip bends further.
 */
export function pinchOnsetDepth(state: FigureState): number | null {
  const touches = (depth: number) => solveHip(modelInput({ ...state, depth })).contact !== null;
  const { min, max, step } = RANGES.depth;
  const at = (d: number) => Number(d.toFixed(2));
  let before = min;
  for (let coarse = min; coarse <= max + 1e-9; coarse = at(coarse + COARSE)) {
    if (touches(coarse)) {
      for (let fine = at(before + step); fine < coarse; fine = at(fine + step))
        if (touches(fine)) return fine;
      return coarse;
    }
    before = coarse;
  }
  return null;
}

export type PinchVerdict = 'found' | 'too-early' | 'past';

export interface PinchAnswer {
  /** Where the patient put the slider. */
  depth: number;
  verdict: PinchVerdict;
  /** The model's hip bend where the pinch starts, for the handout. */
  onsetFlexionDeg: number;
}

export function judgePinch(depth: number, onset: number): PinchVerdict {
  if (Math.abs(depth - onset) <= PINCH_TOLERANCE + 1e-9) return 'found';
  return depth < onset ? 'too-early' : 'past';
}

/** Kind words for a slider answer, with the model's hip bend where the pinch starts. */
export function pinchFeedback(verdict: PinchVerdict, onsetFlexionDeg: number): string {
  const at = `about ${round(onsetFlexionDeg)}° of hip bend`;
  if (verdict === 'found') return `Yes: this is where the neck first meets the rim, at ${at}.`;
  if (verdict === 'too-early')
    return `Nearly: here the neck still clears the rim. Try a little deeper; it starts at ${at}.`;
  return `It does pinch here, and it starts a little earlier, at ${at}. Can you find where it begins?`;
}

export interface Choice {
  id: string;
  text: string;
  right: boolean;
  /** What the patient hears after picking it: kind, and always with the idea itself. */
  feedback: string;
}

export interface Question {
  id: string;
  text: string;
  choices: Choice[];
}

/** The two questions; the right answers repeat what the guided steps said. */
export const QUESTIONS: Question[] = [
  {
    id: 'pelvis',
    text: 'In the model, why does the pelvis tuck under at the bottom?',
    choices: [
      {
        id: 'room',
        text: 'To find room the hip runs out of at the bottom',
        right: true,
        feedback: 'Yes: in the model the pelvis tucks under to find room the hip runs out of.',
      },
      {
        id: 'weak',
        text: 'Because the back muscles are weak',
        right: false,
        feedback:
          'A common idea, but not what this model shows: here the pelvis tucks under to find room the hip runs out of.',
      },
      {
        id: 'knees',
        text: 'To keep the knees behind the toes',
        right: false,
        feedback:
          'The knees are not what makes it tuck in this model: the pelvis tucks under to find room the hip runs out of.',
      },
    ],
  },
  {
    id: 'train',
    text: 'What will we train?',
    choices: [
      {
        id: 'room',
        text: 'More inward roll at the hip, and more ankle bend',
        right: true,
        feedback: 'Yes: more inward roll at the hip and more ankle bend are what we will work on.',
      },
      {
        id: 'push',
        text: 'Pushing down into the pinch until it goes away',
        right: false,
        feedback:
          'We will not push into a pinch or into pain. We will train more inward roll at the hip and more ankle bend.',
      },
      {
        id: 'shallow',
        text: 'Never squatting deep again',
        right: false,
        feedback:
          'That is not the plan: we will train more inward roll at the hip and more ankle bend.',
      },
    ],
  },
];

/** What the patient did, kept only while the page is open. */
export interface TeachBackResult {
  pinch: PinchAnswer | null;
  /** Question id → the choice picked. */
  answers: Readonly<Record<string, string>>;
}

export const NO_TEACH_BACK: TeachBackResult = { pinch: null, answers: {} };

export function hasTeachBack(result: TeachBackResult): boolean {
  return result.pinch !== null || Object.keys(result.answers).length > 0;
}

export function choiceOf(question: Question, result: TeachBackResult): Choice | null {
  const id = result.answers[question.id];
  return question.choices.find((c) => c.id === id) ?? null;
}

/** One line per part, for the handout: the idea itself, and whether the patient found it. */
export function teachBackLines(result: TeachBackResult): string[] {
  const lines: string[] = [];
  const pinch = result.pinch;
  if (pinch) {
    const at = `at about ${round(pinch.onsetFlexionDeg)}° of hip bend`;
    lines.push(
      pinch.verdict === 'found'
        ? `You found where the model hip starts to pinch: ${at}.`
        : `Where the model hip starts to pinch: ${at} (we found it together).`,
    );
  }
  for (const question of QUESTIONS) {
    const picked = choiceOf(question, result);
    if (!picked) continue;
    const right = question.choices.find((c) => c.right)!;
    lines.push(
      `${question.text} ${right.text}${picked.right ? ' (your answer).' : ' (we went over it together).'}`,
    );
  }
  return lines;
}
