/**
 * The drills a clinician can tick for a patient's printed handout, in the order of the
 * drills article (content/articles/hip-rotation-drills.mdx), and the site's rules about pain
 * that go with them. Pure data. The article holds the full how-to and the easier versions;
 * the handout prints, for each ticked drill, its one plain line, its dose and when to stop.
 * tests/unit/drills.test.ts keeps each drill's dose and stop rule word for word the same as
 * the article's, and the rules below the same as every page that states them.
 */
export interface Drill {
  /** Stable id, for the checkbox and tests. */
  id: string;
  /** As the drill's heading in the article. */
  name: string;
  /** One plain line: what it is and what it trains. */
  line: string;
  /** Turning and bending drills, or strength drills (see DRILLS_CAUTION). */
  group: 'mobility' | 'strength';
  /** How much, as one sentence: the article's **Dose.** paragraph starts with it. */
  dose: string;
  /** When to stop, finishing "Stop if …": the article's **Stop if** paragraph starts with it. */
  stopIf: string;
}

export const DRILLS: readonly Drill[] = [
  {
    id: 'ninety-ninety',
    name: '90/90 transitions',
    line: 'Sit with both knees bent to a right angle and swing them slowly from side to side: one hip turns in as the other turns out.',
    group: 'mobility',
    dose: '5 slow switches each way, then rest and do 5 more, on 2 or 3 days a week.',
    stopIf: 'you feel a pinch at the front of either hip, or pain in a knee.',
  },
  {
    id: 'seated-ir',
    name: 'Seated inward turn',
    line: 'Sit tall on a high surface, keep the knee still and lift the foot out to the side, so the thigh rolls inward.',
    group: 'mobility',
    dose: '8 to 12 slow lifts on each side, holding the end for one breath, on 2 or 3 days a week.',
    stopIf: 'you feel a pinch in the hip, or the thigh or buttock lifts to cheat the range.',
  },
  {
    id: 'prone-ir',
    name: 'Lying face-down inward turn',
    line: 'Lie face down with the knees bent and let the feet fall slowly out to the sides, so the thighs roll inward.',
    group: 'mobility',
    dose: 'Hold the end for 10 to 30 seconds, then rest, to about 60 seconds in total, on 2 or 3 days a week.',
    stopIf: 'you feel a pinch in the hip, or pain in the low back or a knee.',
  },
  {
    id: 'rock-backs',
    name: 'Rock-backs',
    line: 'On hands and knees, rock the hips back toward the heels and stop before the low back rounds.',
    group: 'mobility',
    dose: '10 slow rocks, then rest and do 10 more, on 2 or 3 days a week.',
    stopIf:
      'you feel a pinch at the front of the hip, or the only way to go further is to round your low back.',
  },
  {
    id: 'hip-circles',
    name: 'Controlled hip circles',
    line: 'Standing with a hand on a wall, draw slow, large circles with one knee while the pelvis stays still.',
    group: 'mobility',
    dose: '5 slow circles each way on each leg, then rest and do 5 more, on 2 or 3 days a week.',
    stopIf:
      'you feel a pinch, or you can only make the circle bigger by twisting your trunk or tipping your pelvis.',
  },
  {
    id: 'goblet-hold',
    name: 'Goblet-squat holds with ankle work',
    line: 'Hold a light weight at the chest, sit into a squat with the heels down, and let each knee drift forward over the toes.',
    group: 'mobility',
    dose: 'Hold the bottom for 10 to 30 seconds, then stand and rest, 3 or 4 times, on 2 or 3 days a week.',
    stopIf: 'you feel a pinch, your knees hurt, or your low back rounds under the weight.',
  },
  {
    id: 'side-lying-lift',
    name: 'Side-lying leg lift',
    line: 'Lie on your side with the hips stacked and lift the straight top leg a little up and back: strength for the side of the hip.',
    group: 'strength',
    dose: '8 to 12 slow lifts on each side, 1 to 3 sets, on 2 or 3 days a week.',
    stopIf: 'you feel pain at the side or the front of the hip, or in the low back.',
  },
  {
    id: 'side-plank',
    name: 'Side plank from the knees',
    line: 'Prop on one forearm with the knees bent and lift the hips into a straight line: strength for the trunk and the side of the hip.',
    group: 'strength',
    dose: '8 to 12 holds of a few slow breaths on each side, on 2 or 3 days a week.',
    stopIf: 'you feel pain in the shoulder, the low back or the hip.',
  },
];

/** The one rule, on every page that tests or trains the hip. */
export const HIP_PAIN_RULE = 'If your hip hurts, get it assessed before you train it.';

/** A pinch while you work: the same words on the pages, the drills and the handout. */
export const PINCH_RULE =
  'A pinch is a kind of pain. Stop short of it. If it comes back the next time you try, stop that drill and get the hip assessed before you train it.';

/** How the hip may feel the next day: the same words on the pages and the handout. */
export const NEXT_DAY_RULE =
  'Mild discomfort that has settled by the next morning is fine. If it has not settled, or you felt a sharp pain or pinch, stop that drill. Once you feel back to normal, try the easier version one time. If it happens again, stop and get assessed.';

/** The pain rule for the printed sheet, one paragraph each. */
export const HANDOUT_PAIN_RULE: readonly string[] = [PINCH_RULE, NEXT_DAY_RULE];

/** Who should keep to the strength drills: on the drills page and the handout's drill list. */
export const DRILLS_CAUTION =
  'If you have hip dysplasia, very bendy joints or a past dislocation, ask first; stick to the strength drills unless your clinician says otherwise.';
