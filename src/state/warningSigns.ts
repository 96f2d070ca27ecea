/**
 * Warning signs that need a clinician rather than drills, in plain words, for the printed
 * handout. They summarise the site's "Before you try this" page
 * (content/articles/before-you-try.mdx), which gives the sources; keep the two in step.
 */
export const WARNING_SIGNS_TITLE =
  'Before you try this: see a doctor or physical therapist first if';

export const WARNING_SIGNS: readonly string[] = [
  'A child or young person has hip or knee pain and a limp.',
  'The hip hurts at night or when you are resting.',
  'The pain started after a fall or an injury.',
  'The hip locks, catches or gives way.',
  'You have a fever or feel unwell as well as hip pain.',
  'You have had hip surgery recently or a hip replacement: follow your surgeon’s rules.',
];

/** Where the signs come from on the site. */
export const WARNING_SIGNS_SOURCE = 'From this site’s “Before you try this” page.';
