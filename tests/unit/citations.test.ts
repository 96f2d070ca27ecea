import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/utils/articleSchema';
import { citationKeys, resolveCitations, shortLabel } from '../../src/utils/citations';

const source = (key: string, authors: string, year: Source['year']): Source => ({
  key,
  authors,
  year,
  title: 'A title',
  journal: 'A journal',
  link: 'https://example.org/',
});

describe('in-text citations', () => {
  const sources = [
    source('kim2015', 'Kim S-H, Kwon O-Y, Park K-N, Jeon I-C, Weon J-H', 2015),
    source('moreside2012', 'Moreside JM, McGill SM', 2012),
    source('vanarkel2015', 'van Arkel RJ, et al.', 2015),
    source('nhs-glos', 'NHS Gloucestershire', 'n.d.'),
  ];

  it('splits several keys on spaces', () => {
    expect(citationKeys(' kim2015  moreside2012 ')).toEqual(['kim2015', 'moreside2012']);
  });

  it('numbers a citation by its place on the reference list', () => {
    expect(
      resolveCitations(['moreside2012', 'kim2015'], sources, 'test').map((c) => c.number),
    ).toEqual([2, 1]);
  });

  it('fails loudly on a key that is not on the list', () => {
    expect(() => resolveCitations(['nobody1999'], sources, 'articles/x')).toThrow(/nobody1999/);
  });

  it('gives a short spoken label for one, two or many authors and for undated pages', () => {
    expect(sources.map(shortLabel)).toEqual([
      'Kim and others, 2015',
      'Moreside and McGill, 2012',
      'van Arkel and others, 2015',
      'NHS Gloucestershire, no date',
    ]);
  });
});
