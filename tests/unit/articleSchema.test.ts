import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/utils/articleSchema';

const valid = {
  title: 'Deep squats and hip internal rotation',
  description: 'What a deep squat asks of the hip and what happens when it cannot.',
  date: '2026-11-25',
  order: 1,
  sources: [
    {
      key: 'wu2002',
      authors: 'Wu G, et al.',
      year: 2002,
      title: 'ISB recommendation on definitions of joint coordinate system',
      journal: 'Journal of Biomechanics',
      link: '10.1016/S0021-9290(01)00222-6',
    },
  ],
};

describe('article frontmatter', () => {
  it('accepts a complete article and turns the date into a Date', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.date).toBeInstanceOf(Date);
    expect(parsed.sources[0]?.key).toBe('wu2002');
  });

  it('rejects an article with a missing title', () => {
    const { title: _title, ...untitled } = valid;
    const result = articleSchema.safeParse(untitled);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('title');
  });

  it('rejects a source without a DOI or an https link', () => {
    const bad = { ...valid, sources: [{ ...valid.sources[0], link: 'see the library' }] };
    expect(articleSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a reading order of zero', () => {
    expect(articleSchema.safeParse({ ...valid, order: 0 }).success).toBe(false);
  });
});
