/**
 * Reads a `_headers` file the way the two hosts that use one do, so a test can ask which
 * headers a path would be served with:
 * - Netlify: every rule whose path matches applies; for a header set by several, the later
 *   rule's value wins. Lines without a colon (Cloudflare's `! Name`) are ignored.
 * - Cloudflare Pages: every matching rule applies; values of one header are joined with ", ";
 *   `! Name` detaches the value earlier rules gave that header.
 */
export interface HeaderRule {
  path: string;
  /** In file order: [name, value], or [name, null] for a detach (`! Name`). */
  lines: [string, string | null][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw) && line.startsWith('/')) {
      rules.push({ path: line, lines: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
    if (line.startsWith('!')) rule.lines.push([line.slice(1).trim().toLowerCase(), null]);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`_headers: not "Name: value": ${line}`);
      rule.lines.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** `/*` matches everything, `/embed/*` everything under /embed/, `/x/` only /x/. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

export type Host = 'netlify' | 'cloudflare';

export function headersFor(rules: HeaderRule[], path: string, host: Host): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.lines) {
      if (value === null) {
        if (host === 'cloudflare') delete out[name];
      } else if (host === 'cloudflare' && out[name] !== undefined)
        out[name] = `${out[name]}, ${value}`;
      else out[name] = value;
    }
  }
  return out;
}

/** A policy's directives by name: `script-src 'self' 'sha256-…'` → { 'script-src': ["'self'", …] }. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}
