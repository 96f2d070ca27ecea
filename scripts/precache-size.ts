/**
 * How much the service worker stores on a first visit, from the build output:
 *   npm run build && npx node scripts/precache-size.ts
 * The README states this number; tests/e2e/offline.spec.ts keeps it under a budget.
 */
import { extname } from 'node:path';
import { kib, precacheEntries } from './precacheManifest.ts';

const entries = precacheEntries(process.argv[2] ?? 'dist');
const groups = new Map<string, { n: number; bytes: number; gzip: number }>();
for (const e of entries) {
  const kind = extname(e.file) || e.file;
  const g = groups.get(kind) ?? { n: 0, bytes: 0, gzip: 0 };
  groups.set(kind, { n: g.n + 1, bytes: g.bytes + e.bytes, gzip: g.gzip + e.gzipBytes });
}
for (const [kind, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes))
  console.log(
    `${kind.padEnd(13)} ${String(g.n).padStart(3)} files  ${kib(g.bytes).padStart(9)}  (${kib(g.gzip)} gzip)`,
  );
const total = entries.reduce((s, e) => s + e.bytes, 0);
const gzip = entries.reduce((s, e) => s + e.gzipBytes, 0);
console.log(`precache: ${entries.length} entries, ${kib(total)} on disk, ${kib(gzip)} gzip`);
