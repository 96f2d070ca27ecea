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
      'Groin pain from running that now hurts to walk or rest.',
    ],
  },
  {
    urgency: 'soon',
    label: 'See your doctor soon',
    signs: [
      'Your hip hurts and no clinician has checked it.',
      'Groin pain when you run or hop: stop running and see a doctor this week.',
      'Pain at night or at rest that does not stop.',
      'Past cancer, unexplained weight loss, or night sweats.',
      'Long morning stiffness, or back pain that wakes you late at night.',
      'New hip pain with osteoporosis, steroids, heavy drinking, diabetes, weak immunity or a recent hip injection.',
      'Hip dysplasia, bendy joints, a past dislocation, pregnancy, a knee problem or hip surgery: ask which drills fit.',
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

/** "A child …" → "a child …", "Numbness." → "numbness": a sign inside a tier's sentence. */
const inline = (sign: string) => sign.charAt(0).toLowerCase() + sign.slice(1).replace(/\.$/, '');

/**
 * The tiers as a flat list, one item a tier, most urgent first: "Emergency care now (A&E or
 * 999): numbness between the legs or around the bottom; …". The handout printed a flat list
 * before the tiers existed; a sheet that shows each tier under its own heading should read
 * WARNING_TIERS instead.
 */
export const WARNING_SIGNS: readonly string[] = WARNING_TIERS.map(
  (t) => `${t.label}: ${t.signs.map(inline).join('; ')}.`,
);

/** Where the signs come from on the site. */
export const WARNING_SIGNS_SOURCE = 'From this site’s “Before you try this” page.';
