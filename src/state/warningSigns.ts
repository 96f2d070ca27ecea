/**
 * Warning signs that need a clinician rather than drills, in plain words, for the printed
 * handout. They summarise the site's "Before you try this" page
 * (content/articles/before-you-try.mdx), which gives the sources; tests/unit/safety.test.ts
 * keeps the two covering the same topics.
 */
export const WARNING_SIGNS_TITLE =
  'Before you try this: see a doctor or physical therapist first if';

export const WARNING_SIGNS: readonly string[] = [
  'Your hip hurts: get it assessed first.',
  'A child or teen (9 to 16) with a limp or knee pain.',
  'Night pain, fever, feeling unwell, or a fall.',
  'Past cancer, weight loss or night sweats.',
  'Groin pain on running: a stress fracture?',
  'Osteoporosis, steroids or heavy drinking.',
  'Long morning stiffness, or a hot, swollen joint.',
  'Weak immunity, diabetes, a recent hip injection.',
  'Hip dysplasia, bendy joints, a past dislocation.',
  'Numbness between the legs, or bladder or bowel changes: emergency care.',
  'Pregnancy, or a recent birth.',
  'Knee pain or a knee replacement.',
  'A hip replacement or recent hip surgery.',
  'Painful locking, or not better after 6 weeks.',
];

/** Where the signs come from on the site. */
export const WARNING_SIGNS_SOURCE = 'From this site’s “Before you try this” page.';
