/**
 * Every page of the built site, read from dist/ (what the preview server serves), so that a
 * check "on every page" also covers a page nobody has written a test for yet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site; DIST_DIR points elsewhere when a test run serves another build. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** URL path of a built file: `articles/x/index.html` → `/articles/x/`, `404.html` → `/404.html`. */
export function pathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
}

export interface BuiltPage {
  path: string;
  html: string;
}

export function builtPages(): BuiltPage[] {
  try {
    return htmlFiles(DIST)
      .map((file) => ({ path: pathOf(file), html: readFileSync(file, 'utf8') }))
      .sort((a, b) => a.path.localeCompare(b.path));
  } catch {
    return []; // no build yet: the tests that use this say so themselves
  }
}

/** One page of each kind, for checks too slow to run on every page. */
export function samplePages(): string[] {
  const paths = builtPages().map((p) => p.path);
  const first = (re: RegExp) => paths.find((p) => re.test(p));
  const article = paths.includes('/articles/deep-squat-hip-rotation/')
    ? '/articles/deep-squat-hip-rotation/'
    : first(/^\/articles\//);
  return [
    ...new Set(
      ['/', article, first(/^\/viz\/[^/]+\//), first(/^\/embed\//), first(/^\/clinic\//)].filter(
        (p): p is string => !!p,
      ),
    ),
  ];
}

/** The pages made from one template per preset; they differ only in the figure's state. */
const PRESET_PAGE = /^\/(viz|embed)\/[^/]+\/$/;
/** Which preset stands for them: the one with the most on screen (the contact, its label). */
const REPRESENTATIVE = 'deep-tight';
/** And which compare pair stands for the compare pages (another island in the same routes). */
const COMPARE_REPRESENTATIVE = 'typical-vs-tight';

/**
 * One page of each template for the sweeps at every size: every page except the preset
 * pages, which are one template each (/viz/<preset>/, /embed/<preset>/) and so are checked on
 * one preset, and on one compare pair (the same routes draw two hips for a pair). Articles share a layout but not their content, so each article is its own page.
 */
export function templatePages(): string[] {
  const paths = builtPages().map((p) => p.path);
  const presetPages = paths.filter((p) => PRESET_PAGE.test(p));
  const chosen = (kind: string) =>
    presetPages.find((p) => p === `/${kind}/${REPRESENTATIVE}/`) ??
    presetPages.find((p) => p.startsWith(`/${kind}/`));
  const one = new Set([
    chosen('viz'),
    chosen('embed'),
    `/viz/${COMPARE_REPRESENTATIVE}/`,
    `/embed/${COMPARE_REPRESENTATIVE}/`,
  ]);
  return paths.filter((p) => !PRESET_PAGE.test(p) || one.has(p));
}
