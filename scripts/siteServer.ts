/**
 * The one small server for the built site (dist/): `npm start`, the browser tests, the
 * engines smoke test and the benchmark all serve through it.
 *
 * It serves files only, read-only, from one folder: GET and HEAD; `/x/` is `/x/index.html`,
 * `/x` redirects to `/x/` when that is a folder; anything else is the site's 404.html with a
 * 404. Paths are handled with care, since a URL is anyone's input: bad percent-encoding and
 * NUL bytes are a 400 (never a throw), and a path that leaves the folder (`..`, an encoded
 * `%2e%2e%2f`, a sibling folder sharing its name's prefix) is a 403. Errors never show a file
 * path. Every answer says `Cache-Control: no-cache`, so a browser asks again and a service
 * worker decides. URLs up to 64 KB are read (Node's default stops at 16 KB, below what some
 * hosts take), so long shared links reach the page.
 *
 * For tests: `head` puts markup first in every page's <head> (the engines' error probe),
 * `extra` serves a few generated files, `serve()` switches the folder (a new deployment),
 * and `onRequest` hears each path and status.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of the files a built site holds. */
export const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export const typeOf = (file: string): string =>
  TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** What a request path means for a folder of files. */
export type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' }
  | { kind: 'bad'; status: 400 | 403 };

/**
 * Maps a URL path (still percent-encoded, without the query) to a file inside `root`.
 * Pure apart from looking at the disk; never throws.
 */
export function resolveRequest(root: string, rawPath: string): Resolved {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad', status: 400 };
  }
  if (path.includes('\0') || !path.startsWith('/')) return { kind: 'bad', status: 400 };
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  if (file !== base && !file.startsWith(base + sep)) return { kind: 'bad', status: 403 };
  const stat = statOf(file);
  if (stat?.isDirectory()) {
    if (!path.endsWith('/')) {
      // Built from the folder's place under the root, so no `//host` can come out of it.
      const inside = file.slice(base.length).split(sep).filter(Boolean);
      return { kind: 'redirect', location: `/${inside.map(encodeURIComponent).join('/')}/` };
    }
    const index = join(file, 'index.html');
    return statOf(index)?.isFile() ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  return stat?.isFile() && !path.endsWith('/') ? { kind: 'file', file } : { kind: 'missing' };
}

function statOf(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

export interface SiteServerOptions {
  /** The folder to serve; default `dist`. */
  root?: string;
  /** 0 (the default) takes a free port. */
  port?: number;
  host?: string;
  /** Markup put first inside every page's <head>. */
  head?: string;
  /** Generated files by path, served before the folder is looked at. */
  extra?: Readonly<Record<string, { type: string; body: string }>>;
  /** Hears every request: its decoded path (or the raw one when it does not decode) and status. */
  onRequest?: (path: string, status: number) => void;
}

export interface SiteServer {
  /** Origin, e.g. http://127.0.0.1:51234 */
  url: string;
  port: number;
  /** Serve another folder from now on (a new deployment). */
  serve(root: string): void;
  close(): Promise<void>;
}

const MAX_HEADER_BYTES = 64 * 1024;

export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  let root = options.root ?? 'dist';
  const { head, extra = {}, onRequest } = options;

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body?: string | Buffer,
  ) => {
    res.writeHead(status, {
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const text = (req: IncomingMessage, res: ServerResponse, status: number, message: string) =>
    send(req, res, status, { 'Content-Type': TYPES['.txt']! }, `${message}\n`);

  const page = async (file: string): Promise<Buffer | string> => {
    const html = await readFile(file, 'utf8');
    return head ? html.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}${head}`) : html;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    let heard = raw;
    const answer = (status: number) => onRequest?.(heard, status);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answer(405);
      return send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': TYPES['.txt']! }, '');
    }
    try {
      heard = decodeURIComponent(raw);
    } catch {
      // resolveRequest answers 400 for it below
    }
    const generated = Object.hasOwn(extra, heard) ? extra[heard] : undefined;
    if (generated) {
      answer(200);
      return send(req, res, 200, { 'Content-Type': generated.type }, generated.body);
    }
    const found = resolveRequest(root, raw);
    if (found.kind === 'bad') {
      answer(found.status);
      return text(req, res, found.status, found.status === 400 ? 'Bad request' : 'Forbidden');
    }
    if (found.kind === 'redirect') {
      const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      answer(301);
      return send(req, res, 301, { Location: `${found.location}${query}` }, '');
    }
    if (found.kind === 'missing') {
      answer(404);
      const notFound = join(root, '404.html');
      if (!existsSync(notFound)) return text(req, res, 404, 'Not found');
      return send(req, res, 404, { 'Content-Type': TYPES['.html']! }, await page(notFound));
    }
    answer(200);
    const type = typeOf(found.file);
    if (type.startsWith('text/html'))
      return send(req, res, 200, { 'Content-Type': type }, await page(found.file));
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': String(statSync(found.file).size),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    handle(req, res).catch(() => {
      // A file that vanished or cannot be read: say so without saying where it was.
      if (!res.headersSent) text(req, res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    port,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A port nobody listens on now (for a helper that must be told one, such as a WebDriver). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => done());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
