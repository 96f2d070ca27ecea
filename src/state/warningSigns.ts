/**
 * Warning signs that need a clinician rather than drills, in plain words, for the printed
 * handout. They summarise the site's "Before you try this" page
 * (content/articles/before-you-try.mdx), which gives the sources; tests/unit/safety.test.ts
 * keeps the two covering the same topics.
 */
export const WARNING_SIGNS_TITLE =
  'Before you try this: see a doctor or physical therapist first if';

export const WARNING_SIGNS: readonly string[] = [
  'The hip hurts now, or squatting makes it hurt: get it assessed before you train it.',
  'A child or teenager (9 to 16) has a limp, or hip, thigh or knee pain: see a doctor.',
  'Pain at night or at rest, a fever, or feeling unwell.',
  'A fall or injury, or you cannot put weight on the leg.',
  'A history of cancer, or weight loss or night sweats you cannot explain.',
  'Groin pain when you run or hop, if you run a lot or eat too little (a stress fracture).',
  'Osteoporosis or a fragility fracture; long-term steroids or heavy drinking.',
  'Stiffness for more than 30 minutes each morning, or a hot, swollen joint.',
  'A weakened immune system, diabetes, or a recent injection or operation on the hip.',
  'Hip dysplasia, very bendy joints or a past dislocation: ask before stretching.',
  'Numbness between the legs or new bladder or bowel trouble: emergency care now.',
  'You are pregnant or gave birth in the last few months.',
  'Knee pain or a knee replacement: some drills twist the knee.',
  'A hip replacement or recent hip surgery: follow your surgeon’s rules.',
  'Painful clicking, catching or locking, or the hip gives way.',
  'Hip pain that is not getting better after about 6 weeks.',
];

/** Where the signs come from on the site. */
export const WARNING_SIGNS_SOURCE = 'From this site’s “Before you try this” page.';
