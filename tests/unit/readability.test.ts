import { describe, expect, it } from 'vitest';
import { fleschKincaid, mainText, syllables } from '../../src/utils/readability';

describe('syllables', () => {
  it('counts common words by vowel groups', () => {
    const cases: [string, number][] = [
      ['hip', 1],
      ['squat', 1],
      ['ankle', 2],
      ['measured', 2],
      ['socket', 2],
      ['rotation', 3],
      ['internal', 3],
      ['physical', 3],
      ['capsule', 2],
      ['whole', 1],
      ['people', 2],
      ['pelvis', 2],
      ['thigh-bone', 2],
    ];
    for (const [word, n] of cases) expect(syllables(word), word).toBe(n);
  });
  it('reads a number as two syllables', () => {
    expect(syllables('37.9°')).toBe(2);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('matches the formula on a hand-counted sentence', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39·6 + 11.8·1 − 15.59
    const r = fleschKincaid('The cat sat on the mat.');
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.grade).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 5);
  });
  it('rises with long sentences and long words', () => {
    const plain = fleschKincaid('The hip bends. The thigh turns in. The shin tips forward.');
    const dense = fleschKincaid(
      'Femoroacetabular impingement morphology demonstrates considerable prevalence among asymptomatic individuals undergoing magnetic resonance imaging examinations.',
    );
    expect(dense.grade).toBeGreaterThan(plain.grade + 10);
  });
  it('ends a sentence at the end of a list item without a full stop', () => {
    expect(fleschKincaid('First item\nSecond item').sentences).toBe(2);
  });
});

describe('main text of an article', () => {
  const mdx = [
    '---',
    'title: A title that is not read',
    '---',
    "import Claim from '../../src/components/Claim.astro';",
    '',
    '## A heading',
    '',
    'First paragraph, <Claim kind="measured">a claim <Cite k="kim2015" /></Claim> with a',
    'wrapped line and a [link](/glossary/).',
    '',
    '<HipVisualizer client:visible id="fig" preset="deep" caption="A caption, read with the figure." />',
    '',
    '- A list item',
    '- Another item',
    '',
    '**Dose.** Slow lifts.',
  ].join('\n');

  it('keeps the prose and the words inside inline components', () => {
    expect(mainText(mdx).split('\n')).toEqual([
      'First paragraph, a claim with a wrapped line and a link.',
      'A list item',
      'Another item',
      'Slow lifts.',
    ]);
  });
  it('drops frontmatter, imports, headings, figures and their captions', () => {
    const text = mainText(mdx);
    for (const gone of ['title', 'import', 'heading', 'caption', 'kim2015'])
      expect(text).not.toContain(gone);
  });
});
