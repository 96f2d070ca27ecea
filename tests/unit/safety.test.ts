/**
 * The clinical safety of the articles as text: one pain rule everywhere, the same words for
 * a pinch and for the next day on every page and on the handout, and no page that lets a
 * reader train with a pinch or through pain; every red-flag topic on "Before you try this";
 * warning signs in three urgency tiers, the same on the page and the printed sheet; the box
 * for teenagers and parents where readers test or train their own hips, with same-day and
 * emergency advice; and the reviewed wordings (stress fracture, cauda equina, the expert
 * panel's three months) staying fixed.
 */
import { describe, expect, it } from 'vitest';
import { SAFETY_SLUG } from '../../src/utils/citations';
import { mainText } from '../../src/utils/readability';
import { HIP_PAIN_RULE, NEXT_DAY_RULE, PINCH_RULE } from '../../src/state/drills';
import {
  WARNING_SIGNS,
  WARNING_SIGNS_TITLE,
  WARNING_TIERS,
  warningTier,
  type Urgency,
} from '../../src/state/warningSigns';
import { findTags, readArticles } from './articleFiles';

const articles = readArticles();
const bySlug = (slug: string) => {
  const a = articles.find((x) => x.slug === slug);
  if (!a) throw new Error(`no article ${slug}`);
  return a;
};
/** The prose of an article, with the words inside its components, on one line. */
const prose = (slug: string) => mainText(bySlug(slug).source).replace(/\s+/g, ' ');
/** The prose of an article, one paragraph or list item per entry. */
const paragraphs = (slug: string) => mainText(bySlug(slug).source).split('\n');
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);
const slugs = articles.map((a) => [a.slug] as const);

/** Every red-flag topic of issue 14 and of the review, as a pattern the page's words must match. */
const RED_FLAGS: Record<string, RegExp> = {
  'a child or teenager with a limp or knee pain': /child or teenager[^.]*limp/i,
  'slipped upper femoral epiphysis (SCFE)': /slipped upper femoral epiphysis/i,
  'an unchecked limp over 7 days: same-day assessment':
    /same day\.[^.]*limp lasting more than 7 days/i,
  'suspected SCFE: the emergency department, weight off the leg':
    /slipped growth plate to the emergency department[^.]*weight kept off the leg/i,
  'fever or feeling unwell': /fever/i,
  'pain at night or at rest': /at night/i,
  'a fall or injury': /a fall or injury/i,
  'a suspected broken hip: A&E': /broken hip to A&E/i,
  'history of cancer': /history of cancer/i,
  'unexplained weight loss': /weight loss/i,
  'night sweats': /night sweats/i,
  'femoral neck stress fracture': /stress fracture of the femoral neck/i,
  'runners or people under-eating': /(run a lot|runners)[^.]*eat too little|eating too little/i,
  'stress fracture: stop the loading now': /stop running, hopping and jumping now/i,
  'stress fracture: a doctor within a few days': /see a doctor within a few days/i,
  'stress fracture: same day if walking or rest hurts':
    /hurts to walk or at rest, get help the same day/i,
  osteoporosis: /osteoporosis/i,
  'fragility fracture': /fragility fracture/i,
  'steroids (blood supply to the ball)': /steroid/i,
  'heavy alcohol': /alcohol|drink heavily/i,
  'loss of blood supply to the ball': /avascular necrosis/i,
  'inflammatory arthritis, long morning stiffness': /inflammatory arthritis/i,
  'morning stiffness over 30 minutes': /more than 30 minutes in the morning/i,
  'inflammatory back pain in young adults': /spondyloarthritis/i,
  immunosuppression: /weakened immune system|weaken the immune system/i,
  diabetes: /diabetes/i,
  'a recent joint injection': /injection/i,
  'hip dysplasia': /hip dysplasia/i,
  hypermobility: /very bendy joints|hypermobil/i,
  'a past dislocation': /come out of joint|dislocation/i,
  'stretching the capsule unwise for them': /against stretching the capsule/i,
  'pain from the back: numbness': /numbness/i,
  'pain from the back: weakness': /weakness/i,
  'bladder or bowel changes': /bladder or bowel/i,
  'cauda equina: a change in sexual function': /change in sexual function/i,
  'cauda equina: weakness in both legs': /weakness in (one or )?both legs/i,
  'cauda equina: act without back pain': /even if your back does not hurt/i,
  pregnancy: /pregnant/i,
  'after birth': /gave birth|after the birth/i,
  'knee problems or a knee replacement': /knee replacement/i,
  'the twisting drills named': /90\/90 and face-down drills twist the knee/i,
  'hip replacement or recent surgery':
    /hip replacement[\s\S]*recent(ly)?[^.]*surgery|hip surgery recently/i,
  'painful clicking, catching, locking': /painful clicking, catching or locking/i,
  'reassurance: most hip pain settles': /clears up within a few days/i,
  'not better in about 6 weeks, see someone': /not getting better after about 6 weeks[^.]*see/i,
  'looking after it yourself is not the drills':
    /looking after it yourself means easing off what hurts and keeping gently active, not doing the drills/i,
};

describe('"Before you try this"', () => {
  const text = prose(SAFETY_SLUG);
  it.each(Object.entries(RED_FLAGS))('covers: %s', (_topic, pattern) => {
    expect(text).toMatch(pattern);
  });

  it('sends the signs of cauda equina to A&E whether or not the back hurts', () => {
    expect(text).not.toMatch(/with back or leg pain/i);
    expect(text).not.toMatch(/if back or leg pain comes with numbness/i);
  });
});

/** The bullet of "Who to see" that opens with a tier's label, with its sub-items. */
function whoToSee(urgency: Urgency): string {
  const body = bySlug(SAFETY_SLUG).body;
  const { label } = warningTier(urgency);
  const start = body.indexOf(`- **${label}:**`);
  if (start < 0) return '';
  const rest = body.slice(start + 1);
  const next = rest.search(/^- \*\*/m);
  return (next < 0 ? rest : rest.slice(0, next)).replace(/\s+/g, ' ');
}

/** Each topic, the tier it belongs to, and how to find it on the page and on the sheet. */
const TIERED: [topic: string, urgency: Urgency, page: RegExp, sheet: RegExp][] = [
  ['numbness between the legs', 'emergency', /numbness between the legs/i, /numbness between/i],
  ['bladder or bowel trouble', 'emergency', /bladder or bowel/i, /bladder or bowel/i],
  ['weakness in both legs', 'emergency', /weakness in both legs/i, /weakness in both legs/i],
  ['a change in sexual function', 'emergency', /sexual function/i, /sexual function/i],
  [
    'a child who cannot bear weight',
    'emergency',
    /child[^;]*cannot put weight/i,
    /child[^.]*cannot put weight/i,
  ],
  ['a fall and cannot walk', 'emergency', /fall[^;]*cannot walk/i, /fall[^.]*cannot walk/i],
  ['fever or a hot swollen joint', 'same-day', /fever[^;]*hot/i, /fever[^.]*hot/i],
  [
    'a child or teen with a limp or pain',
    'same-day',
    /child[^;]*limp[^;]*hip, thigh or knee pain/i,
    /child[^.]*limp[^.]*hip, thigh or knee pain/i,
  ],
  [
    'groin pain that hurts to walk or rest',
    'same-day',
    /groin pain[^;]*walk or rest/i,
    /groin pain[^.]*walk or rest/i,
  ],
  ['hip pain nobody has checked', 'soon', /no clinician has checked/i, /no clinician has checked/i],
  [
    'groin pain on running: stop running',
    'soon',
    /run or hop: stop running/i,
    /run or hop: stop running/i,
  ],
  ['night or rest pain', 'soon', /at night or at rest/i, /at night or at rest/i],
  [
    'cancer, weight loss, night sweats',
    'soon',
    /cancer[^;]*night sweats/i,
    /cancer[^.]*night sweats/i,
  ],
  ['morning stiffness', 'soon', /morning stiffness/i, /morning stiffness/i],
  ['back pain late at night', 'soon', /back pain that wakes you late at night/i, /late at night/i],
  [
    'new pain with bone, blood-supply or infection risk',
    'soon',
    /new hip pain[^;]*osteoporosis[^;]*steroids[^;]*diabetes[^;]*immune[^;]*injection/i,
    /new hip pain[^.]*osteoporosis[^.]*steroids[^.]*diabetes[^.]*immun[^.]*injection/i,
  ],
  ['painful locking', 'soon', /locking/i, /locking/i],
  ['not better in 6 weeks', 'soon', /6 weeks/i, /6 weeks/i],
];

describe('the warning signs, in urgency tiers', () => {
  it('come in three tiers, most urgent first, under the title "Stop the drills and get help if"', () => {
    expect(WARNING_TIERS.map((t) => t.urgency)).toEqual(['emergency', 'same-day', 'soon']);
    expect(WARNING_SIGNS_TITLE).toBe('Stop the drills and get help if');
    for (const tier of WARNING_TIERS) expect(tier.signs.length, tier.urgency).toBeGreaterThan(0);
  });

  it('open the "see your doctor" tier with pain nobody has checked, not with "get it assessed first"', () => {
    expect(warningTier('soon').signs[0]).toBe('Your hip hurts and no clinician has checked it.');
    expect(WARNING_SIGNS.join(' ')).not.toMatch(/hurts: get it assessed first/i);
  });

  it('are the same tiers as "Who to see" on "Before you try this"', () => {
    for (const tier of WARNING_TIERS)
      expect(whoToSee(tier.urgency), `a "Who to see" bullet for "${tier.label}"`).not.toBe('');
  });

  it.each(TIERED)(
    'put "%s" in the %s tier, on the page and on the sheet',
    (_t, urgency, page, sheet) => {
      expect(whoToSee(urgency)).toMatch(page);
      const lines = WARNING_TIERS.filter((t) => t.signs.some((s) => sheet.test(s)));
      expect(lines.map((t) => t.urgency)).toEqual([urgency]);
    },
  );

  it('never put signs of different tiers on one printed line', () => {
    const tierOf = (line: string) => [
      ...new Set(TIERED.filter(([, , , sheet]) => sheet.test(line)).map(([, u]) => u)),
    ];
    for (const line of WARNING_TIERS.flatMap((t) => t.signs))
      expect(tierOf(line).length, line).toBeLessThanOrEqual(1);
  });

  it('do not limit a child’s limp to ages 9 to 16 on the sheet', () => {
    const child = WARNING_TIERS.flatMap((t) => t.signs).filter((s) => /child/i.test(s));
    expect(child.length).toBeGreaterThan(0);
    for (const line of child) expect(line).not.toMatch(/9 to 16/);
  });

  it('print, as a flat list, one item a tier, most urgent first, each sign inside it', () => {
    expect(WARNING_SIGNS.length).toBe(WARNING_TIERS.length);
    for (const [i, tier] of WARNING_TIERS.entries()) {
      const item = WARNING_SIGNS[i] ?? '';
      expect(item.startsWith(`${tier.label}: `), item).toBe(true);
      for (const sign of tier.signs)
        expect(item.toLowerCase()).toContain(sign.replace(/\.$/, '').toLowerCase());
    }
  });

  it.each([
    ['dysplasia or loose joints', /dysplasia/i],
    ['pregnancy', /pregnan/i],
    ['knees', /knee/i],
    ['hip surgery', /hip surgery/i],
    ['steroids or alcohol', /steroid[\s\S]*drink/i],
  ])('still cover on the sheet: %s', (_topic, pattern) => {
    expect(WARNING_SIGNS.join(' ')).toMatch(pattern);
  });
});

describe('the box for teenagers and parents', () => {
  it.each(['measure-hip-rotation', 'hip-rotation-drills'])(
    'is on %s, names the age, SCFE and knee pain, and sends the child the same day or to the emergency department',
    (slug) => {
      const boxes = findTags(bySlug(slug).body, 'TeenBox');
      expect(boxes.length).toBe(1);
      const inner = (boxes[0]?.inner ?? '').replace(/\s+/g, ' ');
      expect(inner).toMatch(/9 (and|to) 16/);
      expect(inner).toMatch(/slipped upper femoral epiphysis/i);
      expect(inner).toMatch(/knee/i);
      expect(inner).toMatch(/needs a doctor the same day/i);
      expect(inner).toMatch(/Do not stretch or test the hip\./);
      expect(inner).toMatch(/cannot put weight on the leg, go to the emergency department/i);
      expect(inner).toMatch(
        /without pain, if one hip turns in much less than the other, or a foot turns out when they walk/i,
      );
      expect(inner).toMatch(/growth plate is the soft layer/i);
      expect(inner).not.toMatch(/doctor soon|often shows up/i);
      expect(bySlug(slug).body).toMatch(
        /^import TeenBox from '\.\.\/\.\.\/src\/components\/TeenBox\.astro';$/m,
      );
    },
  );
});

describe('pain', () => {
  const PAIN = /\b(pain|painful|hurts?|hurting|sore)\b/i;
  const TRAIN = /\b(train|training|trained|work on|working on|push through|keep going|carry on)\b/i;
  const SAFE =
    /\b(assess|assessed|checked|check|clinician|physical therapist|doctor|stop|not for|skip|before|rather than|does not hurt|painless|pain-free)\b/i;

  it.each(slugs)('%s never advises training through pain', (slug) => {
    const offending = sentencesOf(prose(slug)).filter(
      (s) => PAIN.test(s) && TRAIN.test(s) && !SAFE.test(s),
    );
    expect(offending).toEqual([]);
    expect(prose(slug)).not.toMatch(/train(ing)? through (the )?pain|push through (the )?pain/i);
  });

  it.each([SAFETY_SLUG, 'hip-rotation-drills', 'measure-hip-rotation', 'squat-compensations'])(
    '%s states the one rule: if it hurts, get it assessed before you train it',
    (slug) => {
      expect(prose(slug)).toMatch(/hurts?, get it assessed before you (test or )?train it/i);
    },
  );

  it.each([SAFETY_SLUG, 'hip-rotation-drills'])('%s words the rule as the handout does', (slug) => {
    expect(prose(slug)).toContain(HIP_PAIN_RULE);
  });

  it.each([SAFETY_SLUG, 'hip-rotation-drills'])(
    '%s gives the pinch rule and the next-day rule in the handout’s exact words',
    (slug) => {
      expect(prose(slug)).toContain(PINCH_RULE);
      expect(prose(slug)).toContain(NEXT_DAY_RULE);
    },
  );

  /** Words that let a pinch pass as harmless or as the end of range. */
  const PINCH_IS_OK =
    /pinch[^.]*\b(fine|harmless|normal|not (as )?a sign of damage|not damage|usually not|is common)\b|\b(fine|harmless|normal|common)\b[^.]*pinch/i;
  /** Words that make only a lasting or repeated pinch a reason to stop. */
  const ONLY_A_LASTING_PINCH =
    /pinch (that )?(stays|lasts|persists|fades|goes away)|keeps causing a pinch|if a pinch stays/i;

  it.each(slugs)(
    '%s never tells a reader a pinch is fine to train with (a clinicians’ view of it sits beside "get it assessed")',
    (slug) => {
      for (const p of paragraphs(slug)) {
        if (PINCH_IS_OK.test(p)) expect(p, p).toMatch(/get (it|the hip) assessed/i);
        for (const s of sentencesOf(p))
          if (ONLY_A_LASTING_PINCH.test(s) && !/many clinicians see/i.test(s))
            expect.fail(`${slug}: "${s}"`);
      }
    },
  );

  it.each(slugs)('%s has no second threshold for next-day soreness', (slug) => {
    const text = prose(slug);
    expect(text).not.toMatch(
      /sore the next day, do less|same thing happens twice|worse over time|worse the next day|keeps coming back\. See a clinician/i,
    );
    for (const s of sentencesOf(text))
      if (/next (day|morning)/i.test(s) && /\b(fine|sore|settled)\b/i.test(s))
        expect(NEXT_DAY_RULE, `${slug}: "${s}"`).toContain(s);
  });

  it('sends a painful self-test number for assessment before it is trained', () => {
    const text = prose('measure-hip-rotation');
    expect(text).toMatch(
      /If you feel a pinch or pain, stop there\. Note the number, and get the hip assessed before you train it/,
    );
  });

  it('keeps the clinicians’ view of a pinch as opinion, and adds the advice to get it assessed', () => {
    const body = bySlug('what-is-impingement').body;
    const opinion = findTags(body, 'Claim').find((c) => /pinch that fades/.test(c.inner));
    expect(opinion?.attrs['kind']).toBe('opinion');
    expect(prose('what-is-impingement')).toMatch(
      /If you feel it every time, get it assessed before you keep squatting to that depth\./,
    );
  });
});

describe('the reviewed wordings', () => {
  it.each(slugs)(
    '%s gives the expert panel’s 3 months for active young and middle-aged adults, not for all hip pain',
    (slug) => {
      for (const c of findTags(bySlug(slug).body, 'Claim')) {
        if (!/kemp2020consensus/.test(c.inner) || !/3 months/.test(c.inner)) continue;
        expect(c.inner, `${slug}:${c.line}`).toMatch(/active young and middle-aged adults/);
      }
      expect(prose(slug)).not.toMatch(
        /hip pain is best treated|For people with hip pain, an expert panel|For hip pain that lasts/i,
      );
    },
  );

  it.each(slugs)(
    '%s never calls a femoral neck stress fracture a matter for "a doctor soon"',
    (slug) => {
      expect(prose(slug)).not.toMatch(
        /needs a doctor soon, not drills|see a doctor soon\. Stop the drills/i,
      );
    },
  );

  it('gives an action for each other cause of groin pain', () => {
    const items = bySlug('what-is-impingement')
      .body.split('\n')
      .filter((l) => /^- \*\*(A stress fracture|A hernia|Tendons|The back)/.test(l));
    expect(items.length).toBe(4);
    const [fracture = '', hernia = '', tendons = '', back = ''] = items;
    expect(fracture).toMatch(/stop running/i);
    expect(hernia).toMatch(/see your doctor/i);
    expect(hernia).toMatch(/A&E/);
    expect(tendons).toMatch(/physical therapist/i);
    expect(back).toMatch(/A&E/);
  });

  it('says the same-day red flag for a child’s limp is same-day', () => {
    expect(prose(SAFETY_SLUG)).toMatch(/red flags that need assessment the same day/i);
  });
});
