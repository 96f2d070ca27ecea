/**
 * In-text citations: which number a source has on its article's reference list, and the
 * short "Author year" label a screen reader hears. Pure, so the unit tests check the same
 * rules the pages use.
 */
import type { Source } from './articleSchema';

/** The "Before you try this" page: every other article links to it. */
export const SAFETY_SLUG = 'before-you-try';
export const SAFETY_HREF = `/articles/${SAFETY_SLUG}/`;

/** Keys in a `k` attribute are separated by spaces: `<Cite k="kim2015 zawadka2020" />`. */
export function citationKeys(k: string): string[] {
  return k.split(/\s+/).filter(Boolean);
}

/** "Kim and others, 2015", "Moreside and McGill, 2012", "NHS Gloucestershire, no date". */
export function shortLabel(source: Source): string {
  const names = source.authors.split(/,\s*|\s+and\s+|;\s*/).filter(Boolean);
  const surname = (name: string) => name.replace(/\s+[A-Z-]{1,4}$/, '').trim();
  const first = surname(names[0] ?? source.authors);
  const others = /et al\.?$/.test(source.authors) || names.length > 2;
  const who = others
    ? `${first} and others`
    : names.length === 2
      ? `${first} and ${surname(names[1] ?? '')}`
      : first;
  const year = source.year === 'n.d.' ? 'no date' : String(source.year);
  return `${who}, ${year}`;
}

export interface ResolvedCitation {
  key: string;
  number: number;
  label: string;
}

/** Numbers follow the order of the article's `sources`; an unknown key throws, failing the build. */
export function resolveCitations(
  keys: string[],
  sources: Source[],
  where: string,
): ResolvedCitation[] {
  return keys.map((key) => {
    const index = sources.findIndex((s) => s.key === key);
    const source = sources[index];
    if (!source)
      throw new Error(`${where}: <Cite k="${key}"> has no entry in the article's sources`);
    return { key, number: index + 1, label: shortLabel(source) };
  });
}
