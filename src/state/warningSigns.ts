/**
 * Warning signs that need a clinician rather than drills, in plain words, for the printed
 * handout, sorted by how fast to get help: the same three tiers as the "Who to see" list on
 * the site's "Before you try this" page (content/articles/before-you-try.mdx), which gives
 * the sources. tests/unit/safety.test.ts keeps the two in step: every red-flag topic sits in
 * the same tier on the page and on the sheet.
 */
export type Urgency = 'emergency' | 'same-day' | 'soon';

export interface WarningTier {
  urgency: Urgency;
  /**
   * What to do, as the heading of the tier. The "Who to see" list on "Before you try this"
   * opens its bullet for this tier with the same words, in bold.
   */
  label: string;
  /** One short line each, as printed. */
  signs: readonly string[];
}

export const WARNING_SIGNS_TITLE = 'Stop the drills and get help if';

export const WARNING_TIERS: readonly WarningTier[] = [
  {
    urgency: 'emergency',
    label: 'Emergency care now (A&E or 999)',
    signs: [
      'Numbness between the legs or around the bottom.',
      'New bladder or bowel trouble, weakness in both legs, or a change in sexual function.',
      'A child or teen who cannot put weight on the leg.',
      'A fall, then hip pain and you cannot walk.',
    ],
  },
  {
    urgency: 'same-day',
    label: 'Same day (your doctor, NHS 111 or urgent care)',
    signs: [
      'Fever, a hot or swollen joint, or you feel very unwell.',
      'A child or teen with a limp, or hip, thigh or knee pain.',
      'Groin pain from running or hopping that now hurts when you walk or rest.',
    ],
  },
  {
    urgency: 'soon',
    label: 'See your doctor soon',
    signs: [
      'Your hip hurts and no clinician has checked it.',
      'Groin pain when you run or hop: stop running and see a doctor this week.',
      'Pain at night or at rest that does not stop.',
      'Past cancer, weight loss you cannot explain, or night sweats.',
      'Long morning stiffness, or back pain that wakes you late at night.',
      'New hip pain with osteoporosis, steroids, heavy drinking, diabetes, weak immunity or a recent hip injection.',
      'Hip dysplasia, bendy joints, a past dislocation, pregnancy or a recent birth, a knee problem, or hip surgery: ask which drills fit.',
      'Painful locking, or not better after 6 weeks.',
    ],
  },
];

/** A tier by its urgency. */
export function warningTier(urgency: Urgency): WarningTier {
  const tier = WARNING_TIERS.find((t) => t.urgency === urgency);
  if (!tier) throw new Error(`no warning tier ${urgency}`);
  return tier;
}

/** The short word the flat list puts before each sign, so the tier survives without headings. */
const TAG: Record<Urgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Same day',
  soon: 'Soon',
};

/**
 * Every sign in one list, most urgent first, each starting with its tier ("Emergency: …").
 * The handout printed this flat list before the tiers existed; a sheet that shows the tier
 * headings should read WARNING_TIERS instead.
 */
export const WARNING_SIGNS: readonly string[] = WARNING_TIERS.flatMap((t) =>
  t.signs.map((s) => `${TAG[t.urgency]}: ${s}`),
);

/** Where the signs come from on the site. */
export const WARNING_SIGNS_SOURCE = 'From this site’s “Before you try this” page.';
