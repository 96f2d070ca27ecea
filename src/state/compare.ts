/**
 * Two hips on one slider: a typical hip beside one that differs in one way (a tight back of
 * the capsule, a cam, a pincer, or the reader's own measurement). Both share everything else
 * the reader sets (depth, stance, ankle, view, camera), so any difference between the two
 * pictures and numbers comes from that one change. The difference is said in one sentence
 * computed from the two solved hips. Pure: no React, no DOM.
 *
 * In a link: `compare=typical-vs-tight` (one of COMPARE_NAMES, looked up in a list, so a
 * hostile value is just an unknown word and the page's own pair is used, with a note).
 */
import type { HipState } from '../model';
import { DEFAULT_STATE, SHAPES, TIGHT_CAPSULE, type FigureState } from './figureState';
import { differenceWords } from './numberWords';

export interface ComparePair {
  /** Page title. */
  title: string;
  /** One or two plain sentences: what the comparison shows. */
  description: string;
  /** The second hip's name in a sentence ("the tight hip"). */
  name: string;
  /** Its short label over its picture. */
  label: string;
  /** The second hip: the shared state with its one difference. */
  variant: (shared: FigureState) => FigureState;
  /** The shared state a page starts from. */
  start: FigureState;
}

/** The typical hip: the shared state with a typical capsule and typical bone shape. */
export function typicalOf(shared: FigureState): FigureState {
  return { ...shared, seatedIrDeg: null, capsuleTightness: 1, ...SHAPES.typical };
}

// Both hips hold the textbook posture unless the reader lets the body adapt: a difference
// the body hides by compensating is the difference this view is for.
const start = (depth: number): FigureState => ({ ...DEFAULT_STATE, depth, compensate: false });

export const COMPARE_PAIRS = {
  'typical-vs-tight': {
    title: 'Typical hip and tight back of the capsule, side by side',
    description:
      'Two model hips on one slider: a typical one and one with a tight back of the capsule, both holding the textbook posture. Drag deeper and compare the room each has.',
    name: 'the tight hip',
    label: 'Tight back of the capsule',
    variant: (s) => ({ ...typicalOf(s), capsuleTightness: TIGHT_CAPSULE }),
    start: start(0.75),
  },
  'typical-vs-cam': {
    title: 'Typical hip and cam shape, side by side',
    description:
      'Two model hips on one slider: a typical one and one with a cam shape (a bump where the ball meets the neck). Drag deeper and watch where each neck comes to the rim.',
    name: 'the cam hip',
    label: 'Cam shape',
    variant: (s) => ({ ...typicalOf(s), ...SHAPES.cam }),
    start: start(0.75),
  },
  'typical-vs-pincer': {
    title: 'Typical hip and deep socket (pincer), side by side',
    description:
      'Two model hips on one slider: a typical one and one with a deep socket whose rim covers more of the ball. Drag deeper and compare the room at the rim.',
    name: 'the pincer hip',
    label: 'Deep socket (pincer)',
    variant: (s) => ({ ...typicalOf(s), ...SHAPES.pincer }),
    start: start(0.75),
  },
  'typical-vs-yours': {
    title: 'Your measured hip beside a typical one',
    description:
      'Enter the seated inward rotation you measured: the model shapes a hip to it and shows it beside a typical model hip on one slider. It is still a model, not your hip.',
    name: 'the hip shaped to your measurement',
    label: 'Shaped to your measurement',
    // The reader's numbers: the measured rotation, and a bone shape when one was given (the
    // clinic presenter's imaging report); an article's reader gives only the rotation.
    variant: (s) => ({
      ...typicalOf(s),
      seatedIrDeg: s.seatedIrDeg,
      alphaDeg: s.alphaDeg,
      lceDeg: s.lceDeg,
    }),
    start: start(0.75),
  },
} as const satisfies Record<string, ComparePair>;

export type CompareName = keyof typeof COMPARE_PAIRS;
export const COMPARE_NAMES = Object.keys(COMPARE_PAIRS) as CompareName[];
export const COMPARE_PARAM = 'compare';

export function isCompareName(name: string): name is CompareName {
  return (COMPARE_NAMES as string[]).includes(name);
}

export interface CompareRead {
  /** The pair the link names, or null when it names none or an unknown one. */
  pair: CompareName | null;
  /** The link named a pair the site does not have (for a calm note). */
  unknown: boolean;
}

/** Reads `compare` from a link; never throws, and an unknown value is only a flag. */
export function readCompare(search: string | URLSearchParams): CompareRead {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return { pair: null, unknown: false };
  }
  const raw = params.get(COMPARE_PARAM);
  if (raw === null) return { pair: null, unknown: false };
  return isCompareName(raw) ? { pair: raw, unknown: false } : { pair: null, unknown: true };
}

/** The two hips' states for a pair: [typical, variant]. */
export function compareStates(pair: CompareName, shared: FigureState): [FigureState, FigureState] {
  return [typicalOf(shared), COMPARE_PAIRS[pair].variant(shared)];
}

/**
 * The difference at this depth, from the two solved hips (typical first): the inward roll
 * each still has, the room between neck and rim, and whether a neck meets the rim. When the
 * two round the same, it says so. `name` is the second hip in the words (the clinic presenter
 * says "the patient’s model hip" where an article says "your"); `oneSentence` keeps it to one
 * sentence (the presenter's rule for a step).
 */
export function differenceSentence(
  pair: CompareName,
  typical: HipState,
  other: HipState,
  { name = COMPARE_PAIRS[pair].name as string, oneSentence = false } = {},
): string {
  const roll = differenceWords(
    other.internalRotationAvailableDeg,
    typical.internalRotationAvailableDeg,
    '°',
  );
  const room = differenceWords(other.clearanceMm, typical.clearanceMm, ' mm');
  let text: string;
  if (roll && room)
    text = `Here ${name} has ${roll} inward roll left than the typical hip, and ${room} room between the neck and the rim`;
  else if (roll)
    text = `Here ${name} has ${roll} inward roll left than the typical hip; the room between the neck and the rim is the same`;
  else if (room)
    text = `Here both hips have the same inward roll left, but ${name} has ${room} room between the neck and the rim`;
  else
    text = `Here the two hips do not differ: the same inward roll left and the same room between the neck and the rim`;
  const a = typical.contact !== null;
  const b = other.contact !== null;
  const contact =
    b && !a
      ? 'its neck meets the rim while the typical hip’s does not'
      : a && !b
        ? 'the typical hip’s neck meets the rim while this one’s does not'
        : a && b
          ? 'both necks meet the rim'
          : null;
  if (contact === null) return `${text}.`;
  // One sentence: the contact after a semicolon, unless the first part already has one.
  if (oneSentence) return text.includes(';') ? `${text}, and ${contact}.` : `${text}; ${contact}.`;
  return `${text}. ${contact.charAt(0).toUpperCase()}${contact.slice(1)}.`;
}
