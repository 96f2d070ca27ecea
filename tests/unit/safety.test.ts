/**
 * The clinical safety of the articles as text: one pain rule everywhere and no advice to
 * train through pain; every red-flag topic on "Before you try this"; the box for teenagers
 * and parents where readers test or train their own hips; and the printed handout's warning
 * signs covering the same ground.
 */
import { describe, expect, it } from 'vitest';
import { SAFETY_SLUG } from '../../src/utils/citations';
import { mainText } from '../../src/utils/readability';
import { WARNING_SIGNS } from '../../src/state/warningSigns';
import { findTags, readArticles } from './articleFiles';

const articles = readArticles();
const bySlug = (slug: string) => {
  const a = articles.find((x) => x.slug === slug);
  if (!a) throw new Error(`no article ${slug}`);
  return a;
};
/** The prose of an article, with the words inside its components, on one line. */
const prose = (slug: string) => mainText(bySlug(slug).source).replace(/\s+/g, ' ');

/** Every red-flag topic of issue 14, as a pattern the page's words must match. */
const RED_FLAGS: Record<string, RegExp> = {
  'a child or teenager with a limp or knee pain': /child or teenager[^.]*limp/i,
  'slipped upper femoral epiphysis (SCFE)': /slipped upper femoral epiphysis/i,
  'fever or feeling unwell': /fever/i,
  'pain at night or at rest': /at night/i,
  'a fall or injury': /a fall or injury/i,
  'history of cancer': /history of cancer/i,
  'unexplained weight loss': /weight loss/i,
  'night sweats': /night sweats/i,
  'femoral neck stress fracture': /stress fracture of the femoral neck/i,
  'runners or people under-eating': /(run a lot|runners)[^.]*eat too little|eating too little/i,
  osteoporosis: /osteoporosis/i,
  'fragility fracture': /fragility fracture/i,
  'steroids (blood supply to the ball)': /steroid/i,
  'heavy alcohol': /alcohol|drink heavily/i,
  'loss of blood supply to the ball': /avascular necrosis/i,
  'inflammatory arthritis, long morning stiffness': /inflammatory arthritis/i,
  'morning stiffness over 30 minutes': /more than 30 minutes in the morning/i,
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
  pregnancy: /pregnant/i,
  'after birth': /gave birth|after the birth/i,
  'knee problems or a knee replacement': /knee replacement/i,
  'the twisting drills named': /90\/90 and face-down drills twist the knee/i,
  'hip replacement or recent surgery':
    /hip replacement[\s\S]*recent(ly)?[^.]*surgery|hip surgery recently/i,
  'painful clicking, catching, locking': /painful clicking, catching or locking/i,
  'reassurance: most hip pain settles': /clears up within a few days/i,
  'not better in about 6 weeks, see someone': /not getting better after about 6 weeks[^.]*see/i,
};

describe('"Before you try this"', () => {
  const text = prose(SAFETY_SLUG);
  it.each(Object.entries(RED_FLAGS))('covers: %s', (_topic, pattern) => {
    expect(text).toMatch(pattern);
  });
});

describe('the handout’s warning signs', () => {
  const signs = WARNING_SIGNS.join(' ');
  it.each([
    ['a child or teenager', /teen/i],
    ['the pain rule', /hurts[^.]*assessed first/i],
    ['night or rest', /night/i],
    ['cancer and weight loss', /cancer[\s\S]*weight loss/i],
    ['stress fracture', /stress fracture/i],
    ['weak bones', /osteoporosis/i],
    ['steroids or alcohol', /steroid[\s\S]*(drink|alcohol)/i],
    ['morning stiffness', /morning/i],
    ['infection risk', /immun[\s\S]*diabetes[\s\S]*injection/i],
    ['dysplasia or loose joints', /dysplasia/i],
    ['back: bladder or bowel', /bladder or bowel/i],
    ['pregnancy', /pregnan/i],
    ['knees', /knee replacement/i],
    ['hip surgery', /hip replacement/i],
    ['locking', /lock/i],
    ['6 weeks', /6 weeks/i],
  ])('cover: %s', (_topic, pattern) => {
    expect(signs).toMatch(pattern);
  });
});

describe('the box for teenagers and parents', () => {
  it.each(['measure-hip-rotation', 'hip-rotation-drills'])(
    'is on %s, and names the age, SCFE and knee pain',
    (slug) => {
      const boxes = findTags(bySlug(slug).body, 'TeenBox');
      expect(boxes.length).toBe(1);
      const inner = boxes[0]?.inner ?? '';
      expect(inner).toMatch(/9 (and|to) 16/);
      expect(inner).toMatch(/slipped upper femoral epiphysis/i);
      expect(inner).toMatch(/knee/i);
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

  it.each(articles.map((a) => [a.slug] as const))(
    '%s never advises training through pain',
    (slug) => {
      const sentences = prose(slug).split(/(?<=[.!?])\s+/);
      const offending = sentences.filter((s) => PAIN.test(s) && TRAIN.test(s) && !SAFE.test(s));
      expect(offending).toEqual([]);
      expect(prose(slug)).not.toMatch(/train(ing)? through (the )?pain|push through (the )?pain/i);
    },
  );

  it.each([SAFETY_SLUG, 'hip-rotation-drills', 'measure-hip-rotation', 'squat-compensations'])(
    '%s states the one rule: if it hurts, get it assessed before you train it',
    (slug) => {
      expect(prose(slug)).toMatch(/hurts?, get it assessed before you (test or )?train it/i);
    },
  );
});
