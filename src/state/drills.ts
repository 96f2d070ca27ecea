/**
 * The drills a clinician can tick for a patient's printed handout, in the order of the
 * drills article (content/articles/*drills*.mdx), each with one plain line. Pure data: the
 * article holds the how-to, the dose, the easier version and when to stop; the handout only
 * names the choice.
 */
export interface Drill {
  /** Stable id, for the checkbox and tests. */
  id: string;
  name: string;
  /** One plain line: what it is and what it trains. */
  line: string;
}

export const DRILLS: readonly Drill[] = [
  {
    id: 'ninety-ninety',
    name: '90/90 transitions',
    line: 'Sit with both knees bent to a right angle and swing them slowly from side to side: one hip turns in as the other turns out.',
  },
  {
    id: 'seated-ir',
    name: 'Seated inward turn',
    line: 'Sit tall on a high surface, keep the knee still and lift the foot out to the side, so the thigh rolls inward.',
  },
  {
    id: 'prone-ir',
    name: 'Lying face-down inward turn',
    line: 'Lie face down with the knees bent and let the feet fall slowly out to the sides, so the thighs roll inward.',
  },
  {
    id: 'rock-backs',
    name: 'Rock-backs',
    line: 'On hands and knees, rock the hips back toward the heels and stop before the low back rounds.',
  },
  {
    id: 'hip-circles',
    name: 'Controlled hip circles',
    line: 'Standing with a hand on a wall, draw slow, large circles with one knee while the pelvis stays still.',
  },
  {
    id: 'goblet-hold',
    name: 'Goblet-squat hold with ankle work',
    line: 'Hold a light weight at the chest, sit into a squat with the heels down, and let each knee drift forward over the toes.',
  },
  {
    id: 'side-lying-lift',
    name: 'Side-lying leg lift',
    line: 'Lie on your side with the hips stacked and lift the straight top leg a little up and back: strength for the side of the hip.',
  },
  {
    id: 'side-plank',
    name: 'Side plank from the knees',
    line: 'Prop on one forearm with the knees bent and lift the hips into a straight line: strength for the trunk and the side of the hip.',
  },
];
