/**
 * `npm start` (after the build): serves dist/ at http://127.0.0.1:4321/ through the small
 * server in scripts/siteServer.ts. PORT and HOST choose another port or interface. This is
 * for trying the site on one machine; a deployment copies dist/ to a static host (README,
 * "Deploying"), which also sends the headers in public/_headers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteServer } from './siteServer.ts';

const root = process.env['DIST_DIR'] ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root}/index.html is missing. Build first: npm run build`);
  process.exit(1);
}
const port = Number(process.env['PORT'] ?? 4321);
const server = await startSiteServer({ root, port, host: process.env['HOST'] ?? '127.0.0.1' });
console.log(`Serving ${root}/ at ${server.url}/  (Ctrl+C stops)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
