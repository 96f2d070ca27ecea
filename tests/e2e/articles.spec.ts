import { expect, test, type APIRequestContext } from '@playwright/test';
import { dorsiflexionDegFromKneeToWallCm } from '../../src/state/kneeToWall.ts';
import { WARNING_TIERS } from '../../src/state/warningSigns.ts';

/**
 * The built articles: every internal link and anchor resolves, every page's ids are
 * unique, every article links to "Before you try this", its figures carry captions and
 * its citations land on reference entries, and the print stylesheet hides the controls.
 * The link crawl reads the HTML the server sends (no browser needed), so it checks what
 * a reader, a crawler or a screen reader gets before any JavaScript runs.
 */

const SAFETY = '/articles/before-you-try/';

interface Page {
  path: string;
  ids: string[];
  hrefs: string[];
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Collects every page reachable from the home page, with its element ids and link targets. */
async function crawl(
  request: APIRequestContext,
): Promise<{ pages: Map<string, Page>; failed: string[] }> {
  const pages = new Map<string, Page>();
  const failed: string[] = [];
  const seen = new Set<string>();
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    if (response.status() !== 200) {
      failed.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    const html = await response.text();
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
    const hrefs = [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
    pages.set(path, { path, ids, hrefs });
    for (const href of hrefs) {
      const url = new URL(href, `http://site${path}`);
      if (url.origin !== 'http://site') continue;
      if (!/\.(html?)?$|\/$/.test(url.pathname) && /\.\w+$/.test(url.pathname)) continue; // a file, not a page
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return { pages, failed };
}

test('every internal link and anchor in the built site resolves, and ids are unique on each page', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const { pages, failed } = await crawl(request);
  expect(pages.size).toBeGreaterThanOrEqual(8);
  const broken: string[] = [...failed];
  let anchors = 0;
  for (const page of pages.values()) {
    const seen = new Set<string>();
    for (const id of page.ids) {
      if (seen.has(id)) broken.push(`${page.path}: duplicate id "${id}"`);
      seen.add(id);
    }
    for (const href of page.hrefs) {
      const url = new URL(href, `http://site${page.path}`);
      if (url.origin !== 'http://site' || url.hash === '' || url.hash === '#') continue;
      const target = pages.get(url.pathname);
      const id = decodeURIComponent(url.hash.slice(1));
      anchors += 1;
      if (!target) {
        if (!failed.some((f) => f.startsWith(`${url.pathname}:`)))
          broken.push(`${page.path}: ${href} points to a page that was not reached`);
      } else if (!target.ids.includes(id))
        broken.push(`${page.path}: ${href} has no element with id "${id}"`);
    }
  }
  expect(broken).toEqual([]);
  expect(anchors, 'anchored links checked (contents, citations, glossary terms)').toBeGreaterThan(
    100,
  );
});

test('the glossary page lists an entry for every term the articles link to', async ({
  request,
}) => {
  const home = await (await request.get('/')).text();
  const articles = [
    ...new Set([...home.matchAll(/href="(\/articles\/[a-z0-9-]+\/)"/g)].map((m) => m[1] ?? '')),
  ];
  const glossary = await request.get('/glossary/');
  expect(glossary.status()).toBe(200);
  const ids = [...(await glossary.text()).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  const termLinks: string[] = [];
  for (const path of articles) {
    const html = await (await request.get(path)).text();
    termLinks.push(...[...html.matchAll(/href="\/glossary\/#([^"]+)"/g)].map((m) => m[1] ?? ''));
  }
  expect(termLinks.length).toBeGreaterThan(20);
  for (const id of termLinks) expect(ids, `/glossary/#${id}`).toContain(id);
});

test.describe('each article', () => {
  let articles: string[] = [];
  test.beforeAll(async ({ request }) => {
    const home = await (await request.get('/')).text();
    articles = [
      ...new Set([...home.matchAll(/href="(\/articles\/[a-z0-9-]+\/)"/g)].map((m) => m[1] ?? '')),
    ];
  });

  test('is listed on the home page, six in all', () => {
    expect(articles).toHaveLength(6);
    expect(articles).toContain(SAFETY);
  });

  test('links to "Before you try this", notes it is not a diagnosis, and explains the labels', async ({
    request,
  }) => {
    for (const path of articles) {
      const html = await (await request.get(path)).text();
      if (path !== SAFETY) expect(html, path).toContain(`href="${SAFETY}"`);
      expect(html, path).toContain('Education, not diagnosis.');
      for (const label of [
        'Measured',
        'Guideline / consensus',
        'Clinical opinion',
        'Model estimate',
      ])
        expect(html, `${path}: key to "${label}"`).toContain(label);
    }
  });

  test('gives every figure a caption and every citation a reference entry', async ({ page }) => {
    for (const path of articles) {
      await page.goto(path);
      const captions = await page.locator('figure figcaption').allInnerTexts();
      for (const caption of captions)
        expect(caption.trim().length, `${path}: figure caption`).toBeGreaterThan(30);
      const cites = await page
        .locator('sup.cite a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(cites.length, `${path} cites its sources`).toBeGreaterThan(0);
      for (const href of cites)
        await expect(page.locator(`.references li${href}`), `${path}: ${href}`).toHaveCount(1);
      const claims = await page.locator('[data-claim]').count();
      expect(claims, `${path} labels its statements`).toBeGreaterThan(0);
      await expect(
        page.locator('.claim:not(.claim-block) p'),
        `${path}: an inline label wraps a paragraph`,
      ).toHaveCount(0);
    }
  });

  test('prints without navigation or figure controls', async ({ page }) => {
    await page.goto('/articles/deep-squat-hip-rotation/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('nav.series')).toBeHidden();
    await expect(page.locator('.references')).toBeVisible();
    await expect(page.locator('.claim-tag').first()).toBeVisible();
    for (const control of await page.locator('.hipviz button, .hipviz input').all())
      await expect(control).toBeHidden();
  });
});

test('the box for teenagers and parents is on the self-test and drills pages', async ({
  request,
}) => {
  for (const path of ['/articles/measure-hip-rotation/', '/articles/hip-rotation-drills/']) {
    const html = await (await request.get(path)).text();
    const box = /<aside[^>]*data-teen-box[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
    expect(box, path).toContain('For teenagers and parents');
    expect(box, path).toMatch(/9 (and|to) 16/);
    expect(box, path).toMatch(/slipped upper femoral epiphysis/);
  }
});

test('each reference says whether it is a study or a guideline', async ({ request }) => {
  const html = await (await request.get(SAFETY)).text();
  const refs = html.slice(html.indexOf('id="references"'));
  expect(refs).toContain('class="ref-kind"');
  expect(refs).toMatch(/id="ref-nhs-glos-redflags" class="claim-guideline"/);
  expect(refs).toMatch(/id="ref-robertson2017" class="claim-measured"/);
});

test('the knee-to-wall distance reaches the model hip through the figure’s link', async ({
  page,
}) => {
  await page.goto('/articles/measure-hip-rotation/');
  const box = page.locator('[data-knee-to-wall]');
  await box.scrollIntoViewIfNeeded();
  await expect(box).toHaveAttribute('data-ready', 'true');
  const input = box.getByLabel('Your knee-to-wall distance, in centimetres');
  await input.fill('12');
  const deg = Math.round(dorsiflexionDegFromKneeToWallCm(12));
  await expect(box.locator('output')).toContainText(`about ${deg}° of ankle bend`);
  await box
    .getByRole('link', { name: `Put ${deg}° of ankle bend into the model hip below` })
    .click();
  await page.waitForURL((url) => url.searchParams.get('ankle') === String(deg));
  const url = new URL(page.url());
  expect(url.searchParams.get('fig')).toBe('fig-your-hip');
  expect(url.hash).toBe('#fig-your-hip');
  // The figure takes the ankle from its link: its own control shows it.
  const figure = page.locator('#fig-your-hip');
  await figure.locator('summary', { hasText: 'Change the hip and the stance' }).click();
  await expect(figure.getByLabel(/Ankle bend/)).toHaveValue(String(deg));
});

test('the knee-to-wall link keeps the seated rotation already set in the figure', async ({
  page,
}) => {
  await page.goto('/articles/measure-hip-rotation/?fig=fig-your-hip&ir=20&v=1#fig-your-hip');
  const box = page.locator('[data-knee-to-wall]');
  await box.scrollIntoViewIfNeeded();
  await expect(box).toHaveAttribute('data-ready', 'true');
  await box.getByLabel('Your knee-to-wall distance, in centimetres').fill('30');
  await expect(box.locator('output')).toContainText('Read as 20 cm');
  const deg = Math.round(dorsiflexionDegFromKneeToWallCm(20));
  await box.getByRole('link', { name: new RegExp(`Put ${deg}°`) }).click();
  await page.waitForURL((url) => url.searchParams.get('ankle') === String(deg));
  expect(new URL(page.url()).searchParams.get('ir')).toBe('20');
});

test('the series reads "Before you try this" second, before the self-tests, with links both ways', async ({
  request,
}) => {
  const home = await (await request.get('/')).text();
  const list = home.slice(home.indexOf('class="article-list"'));
  const order = [...list.matchAll(/href="(\/articles\/[a-z0-9-]+\/)"/g)].map((m) => m[1] ?? '');
  expect(order.indexOf(SAFETY)).toBe(1);
  expect(order.indexOf(SAFETY)).toBeLessThan(order.indexOf('/articles/measure-hip-rotation/'));
  expect(order.indexOf(SAFETY)).toBeLessThan(order.indexOf('/articles/hip-rotation-drills/'));
  const safety = await (await request.get(SAFETY)).text();
  expect(safety).toMatch(/<a rel="prev" href="\/articles\/deep-squat-hip-rotation\/"/);
  expect(safety).toMatch(/<a rel="next" href="\/articles\/measure-hip-rotation\/"/);
  expect(safety).toContain('Part 2 of the series');
});

test('"Who to see" gives the handout’s three urgency tiers, most urgent first', async ({
  request,
}) => {
  const html = (await (await request.get(SAFETY)).text()).replace(/&amp;/g, '&');
  const at = WARNING_TIERS.map((t) => html.indexOf(`<strong>${t.label}:</strong>`));
  for (const [i, t] of WARNING_TIERS.entries()) expect(at[i], t.label).toBeGreaterThan(0);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});
