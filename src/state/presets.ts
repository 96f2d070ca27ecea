/**
 * Named states of the figure. Articles, permalink pages (/viz/<name>/), share links and
 * the clinic presenter all start from these, then layer their own overrides on top.
 */
import { DEFAULT_STATE, SHAPES, TIGHT_CAPSULE, type FigureState } from './figureState';

export interface Preset {
  /** Short title for a permalink page and a preset button. */
  title: string;
  /** One or two plain sentences: what this state shows. */
  description: string;
  state: FigureState;
}

// Defined beside the URL word `capsule=tight` that stands for it; presets and steps name it here.
export { TIGHT_CAPSULE };

function preset(title: string, description: string, overrides: Partial<FigureState>): Preset {
  return { title, description, state: { ...DEFAULT_STATE, ...overrides } };
}

export const PRESETS = {
  standing: preset(
    'Standing',
    'A model hip standing tall: the ball sits centred in its socket and the capsule is relaxed.',
    { depth: 0 },
  ),
  parallel: preset(
    'Thighs parallel to the floor',
    'A model hip at the depth where the thighs are level with the floor; the readouts show how far the hip itself is bent.',
    { depth: 0.5 },
  ),
  deep: preset(
    'Deep squat, typical hip',
    'A typical model hip at the bottom of a deep squat: the ball turns in its socket, and the top of the neck comes close to the labrum, the soft edge of the socket, but stays just clear.',
    { depth: 1 },
  ),
  'deep-tight': preset(
    'Deep squat, tight back of the capsule',
    'A model hip with a tight back of the capsule (as for a seated inward turn of about 20°) at the bottom of a deep squat, holding the textbook posture: the neck meets the rim near the top and presses lightly into the labrum; a typical hip in this posture does not touch it.',
    { depth: 1, capsuleTightness: TIGHT_CAPSULE, compensate: false },
  ),
  // In the model (v2 and v3) a typical or tight hip finds its room at full depth without tucking under;
  // the deep socket is the hip in which this model does tuck, so the butt-wink figure shows it.
  'butt-wink': preset(
    'Butt wink',
    'A model hip with a deep socket (pincer shape), free to adapt: at the bottom the pelvis tucks under ("butt wink") to find the room the hip lacks. In this model a typical hip, or one with a tight back of the capsule, does not need to.',
    { depth: 1, ...SHAPES.pincer, compensate: true },
  ),
  'knee-flare': preset(
    'Knee flare',
    'A model hip with a cam shape, seen from the front and free to adapt: as the hip runs short of inward roll, the knees drift out.',
    { depth: 0.85, ...SHAPES.cam, compensate: true, view: 'front' },
  ),
  'back-arch': preset(
    'Low-back arch on the way down',
    'A tight model hip free to adapt, a third of the way down: the low back arches and the pelvis tips forward while the hip still has room.',
    { depth: 0.35, capsuleTightness: TIGHT_CAPSULE, compensate: true },
  ),
  cam: preset(
    'Cam shape',
    'A model hip with a cam shape (a bump where the ball meets the neck) in a deep squat without compensation: the bump reaches the rim.',
    { depth: 1, ...SHAPES.cam, compensate: false },
  ),
  pincer: preset(
    'Deep socket (pincer shape)',
    'A model hip with a deep socket whose rim covers more of the ball, in a deep squat without compensation.',
    { depth: 1, ...SHAPES.pincer, compensate: false },
  ),
  // The squat variations in "The compensations, one by one" (each sentence the article
  // says about them is computed from these states: src/utils/modelSentences.ts).
  'stiff-ankle': preset(
    'Deep squat, stiff ankles',
    'A typical model hip at the bottom of a deep squat with ankles that bend only 25°: the shin cannot tip far over the foot, so the trunk leans well forward and the hip bends further.',
    { depth: 1, ankleDorsiflexionDeg: 25, compensate: true, view: 'body' },
  ),
  'heels-raised': preset(
    'Deep squat, heels raised',
    'The same stiff ankles with the heels on a 10° wedge, given to the model as 10° more ankle bend: the trunk stays more upright and the hip bends less.',
    { depth: 1, ankleDorsiflexionDeg: 35, compensate: true, view: 'body' },
  ),
  'box-squat': preset(
    'Box squat to parallel',
    'A tight model hip in the textbook shape that stops on a box with the thighs level with the floor: the squat asks for little inward turn here and the neck stays clear of the rim.',
    { depth: 0.5, capsuleTightness: TIGHT_CAPSULE, compensate: false },
  ),
  'turned-out': preset(
    'Deep squat, feet turned out more',
    'A tight model hip in the textbook shape at the bottom of a deep squat, with the feet turned out 30° instead of 15°: the neck still meets the rim, a little more deeply.',
    { depth: 1, capsuleTightness: TIGHT_CAPSULE, footTurnOutDeg: 30, compensate: false },
  ),
  'wide-stance': preset(
    'Deep squat, wider stance',
    'A tight model hip in the textbook shape at the bottom of a deep squat, with the ankles 60 cm apart instead of 40 cm: the neck still meets the rim, no less deeply.',
    { depth: 1, capsuleTightness: TIGHT_CAPSULE, stanceWidthMm: 600, compensate: false },
  ),
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}
