/**
 * Reads the articles for the content tests: each MDX file's slug, raw frontmatter and
 * body, and the component tags in the body with their attributes. A small scanner is
 * enough because the articles use components in a few fixed shapes (see the tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTICLES_DIR = path.join(REPO_ROOT, 'content', 'articles');

export interface ArticleFile {
  slug: string;
  file: string;
  source: string;
  frontmatter: unknown;
  body: string;
}

export function readArticles(): ArticleFile[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = path.join(ARTICLES_DIR, f);
      const source = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
      return {
        slug: f.replace(/\.mdx$/, ''),
        file,
        source,
        frontmatter: match ? parseYaml(match[1] ?? '') : undefined,
        body: match ? source.slice(match[0].length) : source,
      };
    });
}

export interface Tag {
  name: string;
  /** String attributes as written; `{…}` attributes as their expression text; bare ones as true. */
  attrs: Record<string, string | true>;
  /** Text between an opening tag and its closing tag (empty for self-closing tags). */
  inner: string;
  selfClosing: boolean;
  /** 1-based line of the opening tag, for messages. */
  line: number;
  /** The opening tag is the first thing on its line. */
  startsLine: boolean;
  /** Rest of the line after the closing tag (or after a self-closing tag). */
  after: string;
}

function parseAttrs(text: string): Record<string, string | true> {
  const attrs: Record<string, string | true> = {};
  const re = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\}))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? '';
    attrs[name] = m[2] ?? m[3] ?? m[4] ?? true;
  }
  return attrs;
}

/** Every `<Name …>` of the given component in an MDX body, with attributes and inner text. */
export function findTags(body: string, name: string): Tag[] {
  const tags: Tag[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  for (let m = open.exec(body); m; m = open.exec(body)) {
    let i = m.index + m[0].length;
    let quote: string | null = null;
    let depth = 0;
    for (; i < body.length; i++) {
      const c = body.charAt(i);
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth += 1;
      else if (c === '}') depth -= 1;
      else if (c === '>' && depth === 0) break;
    }
    const head = body.slice(m.index + m[0].length, i);
    const selfClosing = head.trimEnd().endsWith('/');
    let inner = '';
    let endOfTag = i + 1;
    if (!selfClosing) {
      const close = body.indexOf(`</${name}>`, i);
      inner = close === -1 ? '' : body.slice(i + 1, close);
      endOfTag = close === -1 ? i + 1 : close + name.length + 3;
    }
    const lineStart = body.lastIndexOf('\n', m.index) + 1;
    const lineEnd = body.indexOf('\n', endOfTag);
    tags.push({
      name,
      attrs: parseAttrs(selfClosing ? head.trimEnd().slice(0, -1) : head),
      inner,
      selfClosing,
      line: body.slice(0, m.index).split('\n').length,
      startsLine: body.slice(lineStart, m.index).trim() === '',
      after: body.slice(endOfTag, lineEnd === -1 ? body.length : lineEnd),
    });
  }
  return tags;
}

/** The slug GitHub-style slugger (Astro's) gives a heading, for clashes with element ids. */
export function headingSlugs(body: string): string[] {
  return [...body.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) =>
    (m[1] ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-'),
  );
}
