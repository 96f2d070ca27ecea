import { describe, expect, it } from 'vitest';
import { groupPages, isReadablePage, titleOf } from './savedPages';

describe('the offline page’s list', () => {
  it('reads a saved page’s title as text, without the site’s name', () => {
    expect(titleOf('<html><head><title>Knee flare · The hip in a deep squat</title>')).toBe(
      'Knee flare',
    );
    expect(titleOf('<title>A &amp; B &lt;i&gt; &#39;x&#39; &#x2014; &bogus;</title>')).toBe(
      "A & B <i> 'x' — &bogus;",
    );
    expect(titleOf('<title>&#0; &#x110000;</title>')).toBe('&#0; &#x110000;');
    expect(titleOf('no title here')).toBe('');
  });

  it('lists only pages a reader would open', () => {
    expect(isReadablePage('/articles/x/')).toBe(true);
    expect(isReadablePage('/')).toBe(true);
    expect(isReadablePage('/offline/')).toBe(false);
    expect(isReadablePage('/embed/deep/')).toBe(false);
    expect(isReadablePage('/_astro/x.js')).toBe(false);
  });

  it('groups the pages for reading, each group sorted, and names an untitled page by its path', () => {
    const groups = groupPages(
      new Map([
        ['/viz/deep/', 'Deep'],
        ['/articles/b/', 'B'],
        ['/articles/a/', 'A'],
        ['/', ''],
        ['/clinic/', 'Clinic mode'],
        ['/glossary/', 'Glossary'],
      ]),
    );
    expect(groups).toEqual([
      {
        heading: 'Articles',
        pages: [
          { path: '/articles/a/', title: 'A' },
          { path: '/articles/b/', title: 'B' },
        ],
      },
      {
        heading: 'The model hip, one view per page',
        pages: [{ path: '/viz/deep/', title: 'Deep' }],
      },
      { heading: 'Clinic mode', pages: [{ path: '/clinic/', title: 'Clinic mode' }] },
      {
        heading: 'More of this site',
        pages: [
          { path: '/', title: '/' },
          { path: '/glossary/', title: 'Glossary' },
        ],
      },
    ]);
  });
});
