/**
 * No hydration warning on any page, in development, where React says when the HTML the server
 * wrote differs from what the browser renders (a production build stays silent about it).
 * Starts `astro dev` on a free port of its own, opens every page that has an island (the
 * pages come from dist/), lets every island hydrate, and fails on any console message about
 * hydration, and (through the guard) on any console error at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { freePort } from '../../scripts/siteServer.ts';
import { scrollThrough } from './axe';
import { test, expect } from './guard';
import { builtPages } from './pages';

// Motion on, as most readers have it: an effect that sets state on each eased frame warns only then.
test.use({ reducedMotion: 'no-preference' });

/** React's words when the server's HTML and the client's render differ. */
const HYDRATION = /hydrat|did(n't| not) match|server rendered HTML|server-rendered/i;

const islandPages = builtPages()
  .filter((p) => p.html.includes('<astro-island'))
  .map((p) => p.path);

let dev: ChildProcess | undefined;
let origin = '';

test.beforeAll(async ({ browser }) => {
  // Alone this takes under a minute; beside another worker's heavy tests on two cores, Vite's
  // first bundling and its reloads take longer. Nothing here is asserted: the warm-up only
  // lets the test below see settled pages.
  test.setTimeout(480_000);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops Vite's workers too.
  dev = spawn(
    'npx',
    ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${origin}/`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe(200);
  // The first visits make Vite bundle the islands' dependencies, and it reloads the page when
  // it has: visit one page of each kind until a visit runs through, hydrated, without a reload.
  const page = await browser.newPage();
  const firstOfKind = islandPages.filter(
    (p, i, all) => all.findIndex((q) => kindOf(q) === kindOf(p)) === i,
  );
  for (const path of firstOfKind)
    for (let visit = 0; visit < 4; visit++) {
      let reloaded = false;
      const onNavigate = () => (reloaded = true);
      // Bounded as well: while Vite re-bundles, a page's load event can wait on a module
      // request that never answers, and an unbounded goto then waits for ever.
      const ok = await page
        .goto(`${origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 60_000 })
        .then(() => page.on('framenavigated', onNavigate))
        .then(() =>
          // Bounded: a page Vite is rebuilding under it may never answer.
          Promise.race([
            scrollThrough(page, 30_000),
            new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), 40_000)),
          ]),
        )
        .then(() => true)
        .catch(() => false);
      page.off('framenavigated', onNavigate);
      if (ok && !reloaded) break;
    }
  await page.close();
});

/** Pages of one kind load the same islands: the home page, an article, a preset page… */
const kindOf = (path: string) => path.split('/')[1] ?? '';

test.afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid);
});

/**
 * Every console message about hydration the page logs, cut to what differs: React prints
 * the server's attribute (`-`) above the client's (`+`).
 */
function hydrationMessages(page: Page): string[] {
  const messages: string[] = [];
  const hear = (kind: string, text: string) => {
    if (!HYDRATION.test(text)) return;
    const diff = text
      .split('\n')
      .filter((line) => /^\s*[+-]\s+\S/.test(line) && !/^\s*- [A-Z]/.test(line));
    messages.push(
      `${kind}: ${text.split('\n')[0]!.slice(0, 120)}${diff.length ? `\n${diff.map((l) => l.trim().slice(0, 140)).join('\n')}` : ''}`,
    );
  };
  page.on('console', (msg) => hear(msg.type(), msg.text()));
  page.on('pageerror', (err) => hear('page error', err.message));
  return messages;
}

// One test for every page, so that one dev server serves them all and a page with a warning
// does not stop the others from being checked: the failure lists each page's warnings.
test('no page with an island hydrates with a warning in development', async ({ page }) => {
  test.setTimeout(300_000);
  expect(islandPages.length, 'dist/ holds the built site (npm run build)').toBeGreaterThan(5);
  const messages = hydrationMessages(page);
  const warnings: Record<string, string[]> = {};
  for (const path of islandPages) {
    messages.length = 0;
    await page.goto(`${origin}${path}`, { timeout: 60_000 });
    // Scrolled through, so that every `client:visible` island hydrates (Astro then drops `ssr`).
    await scrollThrough(page, 60_000);
    if (messages.length > 0) warnings[path] = [...messages];
  }
  expect(warnings).toEqual({});
});
