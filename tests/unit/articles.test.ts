/**
 * The article series as content: frontmatter, figures, citations, glossary links,
 * reading level and originality. Reads the MDX sources directly, so it runs without a
 * build; the built site's links and anchors are checked in tests/e2e/articles.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleFrontmatter } from '../../src/utils/articleSchema';
import { citationKeys, SAFETY_SLUG } from '../../src/utils/citations';
import { CLAIM_KIND_NAMES } from '../../src/utils/claimKinds';
import { DRILL_POSES } from '../../src/utils/drillPoses';
import { glossaryEntry } from '../../src/utils/glossary';
import { fleschKincaid, mainText } from '../../src/utils/readability';
import { RANGES } from '../../src/state/figureState';
import { PRESETS, isPresetName } from '../../src/state/presets';
import { isCompareName } from '../../src/state/compare';
import { normalizeState } from '../../src/state/url';
import { findTags, headingSlugs, readArticles, REPO_ROOT } from './articleFiles';

const articles = readArticles();
const parsed = new Map<string, ArticleFrontmatter>();
for (const a of articles) {
  const result = articleSchema.safeParse(a.frontmatter);
  if (result.success) parsed.set(a.slug, result.data);
}
const fm = (slug: string): ArticleFrontmatter => {
  const data = parsed.get(slug);
  if (!data) throw new Error(`${slug}: frontmatter did not validate`);
  return data;
};

/** The grade the main text of each article must not exceed: grade 8, the top of the 6th–8th grade health bodies recommend (docs/sources.md, section 8). */
const MAX_GRADE = 8;
/** The shortest run of words shared with the source post that counts as copying. */
const COPY_RUN = 8;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('the series', () => {
  it('has the six articles, in order 1 to 6, with short lower-case slugs', () => {
    expect(articles.length).toBe(6);
    const orders = articles.map((a) => fm(a.slug).order).sort((x, y) => x - y);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6]);
    for (const a of articles) {
      expect(a.slug, a.slug).toMatch(ID);
      expect(a.slug.split('-').length, `${a.slug} is short`).toBeLessThanOrEqual(4);
    }
    expect(articles.map((a) => a.slug)).toContain('deep-squat-hip-rotation');
    expect(articles.map((a) => a.slug)).toContain(SAFETY_SLUG);
  });

  it('puts "Before you try this" before the self-tests and the drills', () => {
    const order = (slug: string) => fm(slug).order;
    expect(order(SAFETY_SLUG)).toBeLessThan(order('measure-hip-rotation'));
    expect(order(SAFETY_SLUG)).toBeLessThan(order('hip-rotation-drills'));
    expect(order(SAFETY_SLUG)).toBeLessThanOrEqual(2);
  });
});

describe.each(articles.map((a) => [a.slug, a] as const))('%s', (slug, article) => {
  it('has frontmatter that validates with the article schema', () => {
    const result = articleSchema.safeParse(article.frontmatter);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(fm(slug).sources.length, 'cites at least one source').toBeGreaterThan(0);
  });

  it('embeds HipVisualizer figures with a valid preset, valid props and a caption', () => {
    const figures = findTags(article.body, 'HipVisualizer');
    if (figures.length > 0) {
      expect(article.body).toMatch(
        /^import HipVisualizer from '\.\.\/\.\.\/src\/islands\/HipVisualizer\.tsx';$/m,
      );
    }
    for (const f of figures) {
      const where = `${slug}:${f.line}`;
      expect(f.selfClosing, where).toBe(true);
      expect(
        Object.keys(f.attrs).filter((k) => k.startsWith('client:')),
        `${where} hydrates once`,
      ).toEqual(['client:visible']);
      const allowed = ['client:visible', 'id', 'preset', 'controls', 'depth', 'caption'];
      expect(
        Object.keys(f.attrs).filter((k) => !allowed.includes(k)),
        `${where} props`,
      ).toEqual([]);
      const { id, preset, controls, depth, caption } = f.attrs;
      expect(typeof id === 'string' && ID.test(id), `${where} id "${String(id)}"`).toBe(true);
      expect(
        typeof preset === 'string' && isPresetName(preset),
        `${where} preset "${String(preset)}"`,
      ).toBe(true);
      expect(['depth', 'all', 'none'], `${where} controls`).toContain(controls);
      expect(
        typeof caption === 'string' && caption.trim().length >= 60,
        `${where} caption carries the point`,
      ).toBe(true);
      if (depth !== undefined) {
        const value = Number(depth);
        expect(
          Number.isFinite(value) && value >= RANGES.depth.min && value <= RANGES.depth.max,
          `${where} depth ${String(depth)}`,
        ).toBe(true);
        if (typeof preset === 'string' && isPresetName(preset)) {
          const state = normalizeState({ ...PRESETS[preset].state, depth: value });
          expect(state.depth, `${where} depth survives the state's own clamp`).toBe(value);
        }
      }
    }
  });

  it('embeds CompareFigure figures with a valid pair, valid props and a caption', () => {
    for (const f of findTags(article.body, 'CompareFigure')) {
      const where = `${slug}:${f.line}`;
      expect(article.body).toMatch(
        /^import CompareFigure from '\.\.\/\.\.\/src\/islands\/CompareFigure\.tsx';$/m,
      );
      expect(f.selfClosing, where).toBe(true);
      const allowed = ['client:visible', 'id', 'pair', 'depth', 'caption'];
      expect(
        Object.keys(f.attrs).filter((k) => !allowed.includes(k)),
        `${where} props`,
      ).toEqual([]);
      expect(f.attrs['client:visible'], `${where} hydrates when near`).toBeDefined();
      const { id, pair, caption } = f.attrs;
      expect(typeof id === 'string' && ID.test(id), `${where} id`).toBe(true);
      expect(typeof pair === 'string' && isCompareName(pair), `${where} pair`).toBe(true);
      expect(typeof caption === 'string' && caption.trim().length >= 60, `${where} caption`).toBe(
        true,
      );
    }
  });

  it('gives every figure and drawing an id that is unique on the page', () => {
    const ids = [
      ...findTags(article.body, 'HipVisualizer'),
      ...findTags(article.body, 'CompareFigure'),
      ...findTags(article.body, 'DrillFigure'),
    ].map((t) => String(t.attrs['id']));
    const taken = new Set([...headingSlugs(article.body), 'references', 'toc-title', 'main']);
    const seen = new Set<string>();
    for (const id of ids) {
      expect(seen.has(id), `${slug}: duplicate figure id "${id}"`).toBe(false);
      expect(
        taken.has(id) || id.startsWith('ref-'),
        `${slug}: figure id "${id}" clashes with another id`,
      ).toBe(false);
      seen.add(id);
    }
  });

  it('draws only poses DrillFigure knows, each with a caption', () => {
    for (const d of findTags(article.body, 'DrillFigure')) {
      expect(DRILL_POSES as readonly string[], `${slug}:${d.line} pose`).toContain(d.attrs['pose']);
      expect(
        String(d.attrs['caption'] ?? '').length,
        `${slug}:${d.line} caption`,
      ).toBeGreaterThanOrEqual(40);
      expect(String(d.attrs['id'] ?? ''), `${slug}:${d.line} id`).toMatch(ID);
    }
  });

  it('cites only its own references, cites every one, and numbers them in order of first citation', () => {
    const cited = findTags(article.body, 'Cite').flatMap((c) =>
      citationKeys(String(c.attrs['k'] ?? '')),
    );
    const listed = fm(slug).sources.map((s) => s.key);
    expect(cited.length, `${slug} has in-text citations`).toBeGreaterThan(0);
    expect(
      cited.filter((k) => !listed.includes(k)),
      'citations without a references entry',
    ).toEqual([]);
    expect(
      listed.filter((k) => !cited.includes(k)),
      'references never cited',
    ).toEqual([]);
    expect(new Set(listed).size, 'no key listed twice').toBe(listed.length);
    const firstUse = [...new Set(cited)];
    expect(listed, 'reference list in order of first citation').toEqual(firstUse);
  });

  it('labels statements with a known kind, and every "measured" statement carries a citation', () => {
    for (const c of findTags(article.body, 'Claim')) {
      const where = `${slug}:${c.line}`;
      expect(CLAIM_KIND_NAMES as readonly string[], where).toContain(c.attrs['kind']);
      if (c.attrs['kind'] === 'measured')
        expect(c.inner, `${where} measured without <Cite>`).toMatch(/<Cite\s/);
      // An inline claim alone on its line would render outside a paragraph: use `block` there.
      if (c.attrs['block'] === undefined && c.startsLine) {
        expect(
          c.after.trim(),
          `${where}: a line that is only an inline <Claim> needs "block"`,
        ).not.toBe('');
      }
    }
    const kinds = new Set(findTags(article.body, 'Claim').map((c) => c.attrs['kind']));
    expect(kinds.has('measured'), `${slug} marks measured statements`).toBe(true);
  });

  it('links terms to glossary entries that exist, each term once', () => {
    const ids = findTags(article.body, 'Term').map((t) => String(t.attrs['id']));
    for (const id of ids) expect(glossaryEntry(id), `${slug}: <Term id="${id}">`).toBeDefined();
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      `${slug}: a term linked more than once`,
    ).toEqual([]);
  });

  it('links only to articles and glossary entries that exist', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    for (const m of article.body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
      const href = m[1] ?? m[2] ?? '';
      const [pathPart = '', hash] = href.split('#');
      if (pathPart.startsWith('/articles/')) {
        expect(slugs.has(pathPart.split('/')[2] ?? ''), `${slug}: link ${href}`).toBe(true);
      } else if (pathPart === '/glossary/') {
        expect(
          hash === undefined || glossaryEntry(hash) !== undefined,
          `${slug}: link ${href}`,
        ).toBe(true);
      }
    }
  });

  it(`reads at grade 8 or below (Flesch–Kincaid ≤ ${MAX_GRADE})`, () => {
    const score = fleschKincaid(mainText(article.source));
    console.log(
      `${slug}: Flesch–Kincaid grade ${score.grade.toFixed(1)} (${score.words} words, ${score.sentences} sentences, ${(
        score.words / score.sentences
      ).toFixed(1)} words a sentence)`,
    );
    expect(score.words, 'enough text to score').toBeGreaterThan(150);
    expect(score.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('sources shared between articles', () => {
  it('describe the same work wherever the same key is used', () => {
    const byKey = new Map<string, string>();
    for (const a of articles) {
      for (const s of fm(a.slug).sources) {
        const text = JSON.stringify(s);
        const earlier = byKey.get(s.key);
        if (earlier) expect(text, `${a.slug}: ${s.key} differs from another article`).toBe(earlier);
        byKey.set(s.key, text);
      }
    }
  });
});

// The post the series is rebuilt from lives beside the repository, not in it.
const seedDir = path.resolve(REPO_ROOT, '..', 'shared', 'seed');
const posts = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

describe('originality', () => {
  it.skipIf(posts.length === 0)(
    `shares no run of ${COPY_RUN} or more words with the source post`,
    () => {
      const grams = new Set<string>();
      for (const post of posts) {
        const w = words(readFileSync(path.join(seedDir, post), 'utf8'));
        for (let i = 0; i + COPY_RUN <= w.length; i++)
          grams.add(w.slice(i, i + COPY_RUN).join(' '));
      }
      expect(grams.size, 'the post has text').toBeGreaterThan(0);
      for (const a of articles) {
        const text = a.source.replace(/^import\s.*$/gm, ' ');
        const w = words(text);
        const copied: string[] = [];
        for (let i = 0; i + COPY_RUN <= w.length; i++) {
          const gram = w.slice(i, i + COPY_RUN).join(' ');
          if (grams.has(gram)) copied.push(gram);
        }
        expect(copied, `${a.slug} repeats the post word for word`).toEqual([]);
      }
    },
  );
});
