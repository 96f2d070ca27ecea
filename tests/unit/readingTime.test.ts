import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/utils/readingTime';

describe('reading time', () => {
  it('counts prose at 200 words a minute', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
  it('ignores imports and component tags, and never says zero', () => {
    const mdx = 'import X from \'./x\';\n<HipVisualizer client:visible preset="deep" />\nShort.';
    expect(readingMinutes(mdx)).toBe(1);
  });
});
