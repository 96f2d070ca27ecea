/**
 * Readability of an article's prose: the Flesch–Kincaid grade level and the plain text it
 * is computed from. The articles aim at about grade 8, the level health bodies recommend
 * for patient material (see docs/sources.md, section 8).
 *
 *   grade = 0.39 · (words / sentences) + 11.8 · (syllables / words) − 15.59
 *
 * Syllables are counted with the usual vowel-group rule, which is right for most English
 * words and close enough for a bound on a whole article; numbers count as two syllables
 * ("thirty", "ninety"), as they are read aloud.
 */

/** Syllables in one word by vowel groups, ignoring a silent final "e", "es" or "ed". */
export function syllables(word: string): number {
  const parts = word.toLowerCase().split(/[-–/]/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, p) => sum + syllables(p), 0);
  if (/^[\d.,°%]+$/.test(word)) return 2;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.charAt(0))
    .replace(/([aeiouy]l)e$/, '$1') // "whole", "capsule"; but "ankle", "people" keep their "le"
    .replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level. */
  grade: number;
}

/**
 * Scores plain text: one "unit" per line (a paragraph or a list item), each split into
 * sentences at ., ! or ? followed by a space. A unit without closing punctuation (a list
 * item) still ends a sentence.
 */
export function fleschKincaid(text: string): Readability {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  for (const unit of text.split(/\n+/)) {
    const parts = unit
      .split(/(?<=[.!?])["”’)]?\s+/)
      .map((s) => s.trim())
      .filter((s) => /[A-Za-z0-9]/.test(s));
    for (const sentence of parts) {
      const tokens = sentence.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t));
      if (tokens.length === 0) continue;
      sentences += 1;
      words += tokens.length;
      for (const t of tokens) syl += syllables(t.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9°%]+$/g, ''));
    }
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
  return { words, sentences, syllables: syl, grade };
}

/** Skips a JSX tag from `start` (at "<"), respecting quoted strings and braces; returns the index after ">". */
function tagEnd(source: string, start: number): number {
  let i = start + 1;
  let depth = 0;
  let quote: string | null = null;
  for (; i < source.length; i++) {
    const c = source.charAt(i);
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (c === '>' && depth === 0) return i + 1;
  }
  return source.length;
}

/**
 * The prose a reader reads, from an article's MDX source: no frontmatter, imports,
 * headings, component tags (a figure's caption is read with the figure, not the text),
 * JSX expressions or Markdown markup. Inline components such as `<Claim>` and `<Term>`
 * keep their words. One paragraph or list item per line.
 */
export function mainText(mdx: string): string {
  let s = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/^(import|export)\s.*$/gm, '');
  // Component tags (capitalised) go; the words between a pair stay.
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s.charAt(i) === '<' && /[A-Z/]/.test(s.charAt(i + 1))) {
      const end = tagEnd(s, i);
      out += ' ';
      i = end;
    } else {
      out += s.charAt(i);
      i += 1;
    }
  }
  s = out
    .replace(/\{[^{}]*\}/g, '10') // an expression such as {RANGES.seatedIrDeg.min} is read as a number
    .replace(/^\s*#{1,6}\s.*$/gm, '')
    .replace(/^\s*\|.*\|\s*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*[A-Za-z]+(?: [A-Za-z]+){0,3}\.\*\*/g, '') // run-in labels such as **Dose.** are not sentences
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '\n\n') // each list item stands alone
    .replace(/^\s*>\s?/gm, '');
  return s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /[A-Za-z]/.test(p))
    .join('\n');
}
