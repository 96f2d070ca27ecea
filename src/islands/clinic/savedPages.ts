/**
 * The offline page's list of what this site saved on the device: each saved page's path
 * and title, grouped for reading. The titles are read from the saved copies as text, not
 * with DOMParser: a parsed copy of a page takes the offline page's Content-Security-Policy
 * and reports the saved page's inline styles as violations. Pure: no DOM.
 */

const SITE = ' · The hip in a deep squat';
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** A page's <title>, as text, without the site's name; '' when it has none. */
export function titleOf(html: string): string {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const text = raw
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
      const hex = code[1] === 'x' || code[1] === 'X';
      const n = hex ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    })
    .trim();
  return text.endsWith(SITE) ? text.slice(0, -SITE.length) : text;
}

/** Whether a saved address is a page a reader would open (not a file, not an embed, not this page). */
export function isReadablePage(path: string): boolean {
  return path.endsWith('/') && path !== '/offline/' && !path.startsWith('/embed/');
}

export interface SavedGroup {
  heading: string;
  pages: { path: string; title: string }[];
}

const GROUPS: readonly [string, (path: string) => boolean][] = [
  ['Articles', (p) => p.startsWith('/articles/')],
  ['The model hip, one view per page', (p) => p.startsWith('/viz/')],
  ['Clinic mode', (p) => p.startsWith('/clinic/')],
  ['More of this site', () => true],
];

/** Saved pages (path → title) in their groups, each sorted by path; empty groups left out. */
export function groupPages(pages: ReadonlyMap<string, string>): SavedGroup[] {
  const left = new Map(pages);
  const groups: SavedGroup[] = [];
  for (const [heading, belongs] of GROUPS) {
    const paths = [...left.keys()].filter(belongs).sort();
    if (paths.length === 0) continue;
    groups.push({ heading, pages: paths.map((path) => ({ path, title: left.get(path) || path })) });
    for (const path of paths) left.delete(path);
  }
  return groups;
}
