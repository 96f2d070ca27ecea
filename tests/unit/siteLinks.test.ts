import { describe, expect, it } from 'vitest';
import { SITE_LINKS, currentLink } from '../../src/utils/siteLinks';

describe('the site header', () => {
  it('has the four doors the issue asks for', () => {
    expect(SITE_LINKS.map((l) => l.label)).toEqual([
      'Articles',
      'Explore',
      'Clinic mode',
      'Glossary',
    ]);
  });

  it('marks the section a page is in', () => {
    expect(currentLink('/articles/deep-squat-hip-rotation/')).toBe('/#read');
    expect(currentLink('/viz/typical-vs-tight/')).toBe('/viz/');
    expect(currentLink('/glossary/')).toBe('/glossary/');
    expect(currentLink('/')).toBeNull();
    expect(currentLink('/offline/')).toBeNull();
  });
});
