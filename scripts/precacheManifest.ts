/**
 * What the service worker precaches: the list written into dist/sw.js by @vite-pwa/astro,
 * each entry with the size of its file on disk and gzipped (what a server that compresses
 * sends). Used by `scripts/precache-size.ts` (the README's number) and the offline tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PrecacheEntry {
  /** As the service worker matches it: `/`, `viz/deep/`, `_astro/three.abc.js`. */
  url: string;
  /** The file in dist/ it stands for. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function precacheEntries(dist = 'dist'): PrecacheEntry[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!))];
  return urls.map((url) => {
    const file = url === '/' ? 'index.html' : url.endsWith('/') ? `${url}index.html` : url;
    const body = readFileSync(join(dist, file));
    return { url, file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
}

export const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
