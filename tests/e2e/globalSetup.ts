/**
 * Serves the built site for the browser tests through the project's one server
 * (scripts/siteServer.ts), on TEST_PORT or else a free port, so that two runs side by side
 * never collide. The workers read the address from TEST_BASE_URL (playwright.config.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteServer } from '../../scripts/siteServer.ts';
import { DIST } from './pages';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`No built site in ${DIST}/: run npm run build first.`);
  const port = process.env['TEST_PORT'] ? Number(process.env['TEST_PORT']) : 0;
  const server = await startSiteServer({ root: DIST, port });
  process.env['TEST_BASE_URL'] = server.url;
  return () => server.close();
}
