/**
 * Reading time in whole minutes from an article's MDX source. Import lines, JSX tags and
 * frontmatter are not read aloud, so they are stripped before counting words; 200 words
 * a minute is a common figure for reading on screen.
 */
const WORDS_PER_MINUTE = 200;

export function readingMinutes(mdxSource: string): number {
  const text = mdxSource
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_`>[\]()-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
