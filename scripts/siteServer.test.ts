import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, startSiteServer, type SiteServer } from './siteServer';

/** A site folder `site/` beside a sibling `site-private/` that shares its name's prefix. */
const top = mkdtempSync(join(tmpdir(), 'site-server-'));
const root = join(top, 'site');
mkdirSync(join(root, 'viz', 'deep'), { recursive: true });
mkdirSync(join(root, 'empty'));
mkdirSync(join(top, 'site-private'));
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><html><head><title>Home</title></head></html>',
);
writeFileSync(join(root, 'viz', 'deep', 'index.html'), '<html><head lang="en"><title>Deep</title>');
writeFileSync(join(root, '404.html'), '<html><head></head><body>Not here</body></html>');
writeFileSync(join(root, 'app.js'), 'console.log(1)');
writeFileSync(join(top, 'site-private', 'secret.txt'), 'secret');
writeFileSync(join(top, 'secret.txt'), 'secret');

afterAll(() => rmSync(top, { recursive: true, force: true }));

/** A raw GET: the path goes to the server exactly as written (fetch would normalise it). */
function get(server: SiteServer, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(`${server.url}/`, { method, path }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the site server', () => {
  let server: SiteServer;
  const heard: [string, number][] = [];
  beforeAll(async () => {
    server = await startSiteServer({
      root,
      head: '<script src="/probe.js"></script>',
      extra: { '/probe.js': { type: 'text/javascript', body: 'probe()' } },
      onRequest: (path, status) => heard.push([path, status]),
    });
  });
  afterAll(() => server.close());

  it('serves pages from folders, with the injected head first in <head>', async () => {
    const home = await get(server, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<head><script src="/probe.js"></script><title>Home');
    const deep = await get(server, '/viz/deep/?depth=0.8');
    expect(deep.body).toContain('<head lang="en"><script src="/probe.js"></script><title>Deep');
    expect((await get(server, '/probe.js')).body).toBe('probe()');
    const js = await get(server, '/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('no-cache');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.body).toBe('console.log(1)');
  });

  it('redirects a folder without its slash, keeping the query, and never to another host', async () => {
    const r = await get(server, '/viz/deep?depth=0.8');
    expect(r.status).toBe(301);
    expect(r.headers['location']).toBe('/viz/deep/?depth=0.8');
    const sneaky = await get(server, '/.//viz/deep');
    expect(sneaky.headers['location']).toBe('/viz/deep/');
  });

  it('answers a missing file with the 404 page and a 404', async () => {
    const r = await get(server, '/no/such/page/');
    expect(r.status).toBe(404);
    expect(r.body).toContain('Not here');
    expect((await get(server, '/empty/')).status).toBe(404);
    expect((await get(server, '/app.js/')).status).toBe(404);
  });

  it.each([
    ['/%E0%A4%A', 400],
    ['/%', 400],
    ['/viz%00/', 400],
    ['/../secret.txt', 403],
    ['/%2e%2e/secret.txt', 403],
    ['/..%2Fsecret.txt', 403],
    ['/../site-private/secret.txt', 403],
    ['/%2e%2e%2fsite-private%2fsecret.txt', 403],
  ])('refuses %s with a %i, and says nothing of the disk', async (path, status) => {
    const r = await get(server, path);
    expect(r.status).toBe(status);
    expect(r.body).not.toContain('secret');
    expect(r.body).not.toContain(top);
  });

  it('reads only: other methods are refused', async () => {
    expect((await get(server, '/', 'POST')).status).toBe(405);
    const head = await get(server, '/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('reads a 40 KB link whole', async () => {
    const r = await get(server, `/viz/deep/?fig=${'a'.repeat(40_000)}`);
    expect(r.status).toBe(200);
  });

  it('switches folders (a new deployment) and tells each request it heard', async () => {
    heard.length = 0;
    server.serve(join(top, 'site-private'));
    expect((await get(server, '/secret.txt')).status).toBe(200);
    server.serve(root);
    expect((await get(server, '/secret.txt')).status).toBe(404);
    expect(heard).toEqual([
      ['/secret.txt', 200],
      ['/secret.txt', 404],
    ]);
  });
});

describe('resolving a request path', () => {
  it('maps folders to their index and keeps inside the root', () => {
    expect(resolveRequest(root, '/')).toEqual({ kind: 'file', file: join(root, 'index.html') });
    expect(resolveRequest(root, '/viz/deep')).toEqual({ kind: 'redirect', location: '/viz/deep/' });
    expect(resolveRequest(root, '/..')).toEqual({ kind: 'bad', status: 403 });
    expect(resolveRequest(root, 'no-slash')).toEqual({ kind: 'bad', status: 400 });
  });
});
