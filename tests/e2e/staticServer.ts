/**
 * A tiny static server for the offline tests: it serves a built site from a folder that the
 * test can switch (one deployment replacing another) and can be shut, so that "offline"
 * means no server at all, not only the browser's emulation of it. Everything is sent with
 * `Cache-Control: no-cache`, so the browser asks again and the service worker decides.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types of the files a built site holds (shared with scripts/test-engines.ts). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SiteServer {
  /** Origin, e.g. http://127.0.0.1:51234 */
  url: string;
  /** Serve another folder from now on (a new deployment). */
  serve(root: string): void;
  /** Paths requested so far (for checks that something came from the network or not). */
  requests: string[];
  close(): Promise<void>;
}

export async function startSiteServer(root: string): Promise<SiteServer> {
  let current = root;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(current, path));
    if (!file.startsWith(normalize(current))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : join(current, '404.html'));
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      current = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
