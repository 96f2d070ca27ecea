/**
 * The four kinds of statement stay in step with the sources they cite: each source's kind
 * is recorded once (src/utils/sourceKinds.ts), a "Measured" statement cites only studies, a
 * "Guideline / consensus" statement only recommendations, and opinions and model estimates
 * cite nothing (a cited number is measured or recommended, not an opinion). Every recorded
 * source has its entry, with what was verified, in docs/sources.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationKeys } from '../../src/utils/citations';
import { CLAIM_KINDS, CLAIM_KIND_NAMES, SOURCE_KIND_NAMES } from '../../src/utils/claimKinds';
import { SOURCE_KINDS, sourceKind } from '../../src/utils/sourceKinds';
import { findTags, readArticles, REPO_ROOT } from './articleFiles';

const articles = readArticles();
const sourcesDoc = readFileSync(path.join(REPO_ROOT, 'docs', 'sources.md'), 'utf8');

describe('kinds of statement', () => {
  it('are four, each with its own word, including Guideline / consensus', () => {
    expect(CLAIM_KIND_NAMES).toEqual(['measured', 'guideline', 'opinion', 'model']);
    expect(CLAIM_KINDS.guideline.label).toBe('Guideline / consensus');
    const labels = CLAIM_KIND_NAMES.map((k) => CLAIM_KINDS[k].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('define Guideline / consensus to cover the clinical reference texts cited under it', () => {
    // MSD Manuals and NHS patient pages describe conditions; they are not all recommendations.
    expect(CLAIM_KINDS.guideline.explain).toMatch(/clinical reference text/);
    expect(sourceKind('msd-scfe')).toBe('guideline');
  });

  it('record a kind for every source an article lists, and only the kinds a source can have', () => {
    for (const a of articles) {
      const keys = [...a.source.matchAll(/^ {2}- key: ([a-z0-9-]+)$/gm)].map((m) => m[1] ?? '');
      expect(keys.length, a.slug).toBeGreaterThan(0);
      for (const key of keys) expect(sourceKind(key), `${a.slug}: ${key}`).toBeDefined();
    }
    for (const kind of Object.values(SOURCE_KINDS)) expect(SOURCE_KIND_NAMES).toContain(kind);
  });

  it('are recorded only for sources the articles cite', () => {
    const listed = new Set(
      articles.flatMap((a) =>
        [...a.source.matchAll(/^ {2}- key: ([a-z0-9-]+)$/gm)].map((m) => m[1] ?? ''),
      ),
    );
    expect(Object.keys(SOURCE_KINDS).filter((k) => !listed.has(k))).toEqual([]);
  });

  it('give every recorded source an entry in docs/sources.md', () => {
    const documented = new Set(
      [...sourcesDoc.matchAll(/^### `([a-z0-9-]+)`/gm)].map((m) => m[1] ?? ''),
    );
    const missing = Object.keys(SOURCE_KINDS).filter((k) => !documented.has(k));
    expect(missing).toEqual([]);
  });

  describe.each(articles.map((a) => [a.slug, a] as const))('%s', (slug, article) => {
    it('labels each cited statement with the kind of every source it cites', () => {
      for (const claim of findTags(article.body, 'Claim')) {
        const kind = String(claim.attrs['kind']);
        const cited = findTags(claim.inner, 'Cite').flatMap((c) =>
          citationKeys(String(c.attrs['k'] ?? '')),
        );
        const where = `${slug}:${claim.line} (${kind})`;
        if (kind === 'measured' || kind === 'guideline') {
          expect(cited.length, `${where} cites a source`).toBeGreaterThan(0);
          for (const key of cited) expect(sourceKind(key), `${where}: ${key}`).toBe(kind);
        } else {
          expect(cited, `${where} cites nothing`).toEqual([]);
        }
      }
    });

    it('puts every citation inside a labelled statement', () => {
      const inClaims = findTags(article.body, 'Claim').reduce(
        (n, c) => n + findTags(c.inner, 'Cite').length,
        0,
      );
      expect(findTags(article.body, 'Cite').length, slug).toBe(inClaims);
    });
  });
});
