/**
 * Issue 13: the figure on a phone in one screen, numbers in words, two hips compared on one
 * slider, and the front door (home figure and site header). Everything compared with the
 * model straight from the source.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './guard';
import { PRESETS, modelInput, readouts, solveHip } from './model';
import { COMPARE_PAIRS, compareStates, differenceSentence } from '../../src/state/compare.ts';
import { normalizeState } from '../../src/state/url.ts';
import { SITE_LINKS } from '../../src/utils/siteLinks.ts';

const PHONE = { width: 390, height: 844 };
const ARTICLE = '/articles/deep-squat-hip-rotation/';

/** Waits until the island has hydrated (Astro drops `ssr` from the island then); an article's figure hydrates once near the screen. */
async function hydrated(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', /.*/);
}

/** Top and bottom of an element, relative to the top of the figure, in CSS px. */
async function span(figure: Locator, selector: string) {
  return figure.evaluate((fig, sel) => {
    const top = fig.getBoundingClientRect().top;
    const r = fig.querySelector(sel)!.getBoundingClientRect();
    return { top: r.top - top, bottom: r.bottom - top };
  }, selector);
}

/** Every piece of text a reader can see in an element (not the screen-reader-only ones). */
async function visibleText(el: Locator): Promise<string[]> {
  return el.evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (parent.closest('.visually-hidden') || !parent.checkVisibility()) continue;
      if (n.textContent!.trim()) out.push(n.textContent!.trim());
    }
    return out;
  });
}

test('on a phone, the first figure’s picture, slider and key facts fit in one screen', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(ARTICLE);
  const figure = page.locator('figure.hipviz').first();
  await hydrated(figure);
  const picture = await span(figure, '.hipviz-stage');
  const slider = await span(figure, 'input[type="range"]');
  const facts = await span(figure, '.hipviz-facts');
  expect(picture.top).toBeGreaterThanOrEqual(0);
  expect(facts.bottom, 'picture + slider + key facts').toBeLessThanOrEqual(PHONE.height);
  expect(slider.top, 'the slider starts within the first screen of the figure').toBeLessThan(
    PHONE.height,
  );
  expect(slider.top).toBeGreaterThan(picture.bottom - 1);
  // Scrolled to the figure, all three are on screen together, and the joint fills the width.
  await figure.evaluate((f) => window.scrollTo(0, f.getBoundingClientRect().top + scrollY));
  await expect(figure.locator('.hipviz-facts')).toBeInViewport({ ratio: 1 });
  await expect(figure.getByRole('slider', { name: /squat depth/i })).toBeInViewport({ ratio: 1 });
  const pane = (await figure.locator('.hipviz-joint').boundingBox())!;
  expect(pane.width).toBeGreaterThan(PHONE.width - 40);
  // The view switch is on the picture.
  const views = await span(figure, '[role="group"][aria-label="View"]');
  expect(views.bottom).toBeLessThanOrEqual(picture.bottom);
});

test('"Numbers" is folded on a phone, opens, and says what the model says', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(ARTICLE);
  const figure = page.locator('figure.hipviz').first();
  await hydrated(figure);
  const numbers = figure.locator('details.hipviz-numbers');
  await expect(numbers).not.toHaveAttribute('open', '');
  await expect(numbers.locator('.hipviz-readouts')).toBeHidden();
  await numbers.locator('summary').click();
  await expect(numbers.locator('.hipviz-readouts')).toBeVisible();
  const expected = readouts(solveHip(modelInput(PRESETS['deep-tight'].state)));
  const shown = await numbers.locator('.hipviz-readouts > div').evaluateAll((items) =>
    items.map((el) => ({
      id: (el as HTMLElement).dataset['readout'],
      label: el.querySelector('dt')?.textContent,
      value: el.querySelector('dd')?.textContent,
    })),
  );
  expect(shown).toEqual(expected.map((r) => ({ id: r.id, label: r.label, value: r.value })));
});

test('on a wide screen "Numbers" is open beside the picture', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(ARTICLE);
  const figure = page.locator('figure.hipviz').first();
  await hydrated(figure);
  await expect(figure.locator('details.hipviz-numbers')).toHaveAttribute('open', '');
  const stage = (await figure.locator('.hipviz-stage').boundingBox())!;
  const side = (await figure.locator('.hipviz-side').boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(stage.x + stage.width);
});

/** The compare figure's state as a reader sees it: pair, depth, view and sentence. */
async function compareSeen(figure: Locator) {
  return {
    pair: await figure.getAttribute('data-compare'),
    depth: await figure.getByRole('slider', { name: /squat depth/i }).inputValue(),
    view: await figure
      .getByRole('group', { name: 'View' })
      .locator('[aria-pressed="true"]')
      .textContent(),
    sentence: await figure.getByTestId('difference').textContent(),
  };
}

function expectedSentence(pair: keyof typeof COMPARE_PAIRS, depth: number, view = 'side') {
  const shared = normalizeState({ ...COMPARE_PAIRS[pair].start, depth, view: view as 'side' });
  const [a, b] = compareStates(pair, shared);
  return differenceSentence(pair, solveHip(modelInput(a)), solveHip(modelInput(b)));
}

test('a compare link round-trips: reload gives the same two hips and the same sentence', async ({
  page,
}) => {
  await page.goto('/viz/typical-vs-tight/');
  const figure = page.locator('figure.hipviz-compare');
  await hydrated(figure);
  await figure
    .getByRole('group', { name: 'Compare with' })
    .getByRole('button', { name: 'Cam' })
    .click();
  await figure.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Front' }).click();
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  await slider.press('End');
  await expect(figure.getByTestId('difference')).toHaveText(
    expectedSentence('typical-vs-cam', 1, 'front'),
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('typical-vs-cam');
  await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe('1');
  const before = await compareSeen(figure);
  expect(before).toMatchObject({ pair: 'typical-vs-cam', depth: '1', view: 'Front' });

  await page.reload();
  await hydrated(figure);
  await expect.poll(() => compareSeen(figure)).toEqual(before);
  // Each hip's own numbers are the model's for its own state.
  await figure.locator('details.hipviz-numbers > summary').click();
  const [a, b] = compareStates(
    'typical-vs-cam',
    normalizeState({ ...COMPARE_PAIRS['typical-vs-cam'].start, depth: 1, view: 'front' }),
  );
  const rows = await figure
    .locator('.hipviz-compare-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
  const ra = readouts(solveHip(modelInput(a)));
  const rb = readouts(solveHip(modelInput(b)));
  expect(rows).toEqual(ra.map((r, i) => [r.value, rb[i]!.value]));
});

for (const hostile of [
  '__proto__',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'x'.repeat(3000),
  'typical-vs-',
]) {
  test(`a hostile compare value (${hostile.slice(0, 20)}) falls back calmly`, async ({ page }) => {
    await page.goto(`/viz/typical-vs-pincer/?compare=${hostile}&depth=0.9`);
    const figure = page.locator('figure.hipviz-compare');
    await hydrated(figure);
    await expect(figure.getByTestId('compare-note')).toBeVisible();
    await expect(figure).toHaveAttribute('data-compare', 'typical-vs-pincer');
    await expect(figure.getByTestId('difference')).toHaveText(
      expectedSentence('typical-vs-pincer', 0.9),
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
}

test('home opens with a figure at the pinch, its drawing first, live once touched', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const figure = page.locator('figure.hipviz').first();
  await expect(figure).toBeVisible();
  await hydrated(figure);
  await expect(figure.getByTestId('contact-label')).toBeVisible();
  expect(await figure.getAttribute('data-status')).toBe('poster');
  await figure.getByRole('slider', { name: /squat depth/i }).focus();
  await expect(figure).toHaveAttribute('data-status', /live|no-webgl/, { timeout: 20_000 });
  await expect(page.locator('#read')).toHaveText('Read in order');
});

test('every page’s header links to Articles, Explore, Clinic mode and Glossary, and each resolves', async ({
  page,
  request,
}) => {
  await page.setViewportSize(PHONE);
  for (const path of ['/', ARTICLE, '/viz/', '/viz/typical-vs-tight/', '/glossary/']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const link of SITE_LINKS) {
      const a = nav.getByRole('link', { name: link.label, exact: true });
      await expect(a).toBeVisible();
      await expect(a).toHaveAttribute('href', link.href);
      // Usable on a phone without a menu: on screen, and big enough to tap.
      const box = (await a.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  }
  for (const link of SITE_LINKS) {
    const response = await request.get(link.href);
    expect(response.status(), link.href).toBe(200);
  }
  await page.goto('/#read');
  await expect(page.locator('#read')).toBeInViewport();
});

async function noBareNegatives(page: Page, path: string) {
  await page.goto(path);
  const figures = page.locator('figure.hipviz');
  await hydrated(figures.first());
  const numbers = figures.first().locator('details.hipviz-numbers');
  if ((await numbers.getAttribute('open')) === null) await numbers.locator('summary').click();
  for (const text of await visibleText(figures.first()))
    expect(text, `${path}: a number shown with a minus sign`).not.toMatch(/(^|[^\w])[-−]\s?\d/);
}

test('no number a reader sees is negative without words', async ({ page }) => {
  // States where the model's signs are negative: standing (the squat asks for outward roll),
  // a cam and a pincer at depth (no inward roll left, the surfaces overlapping).
  for (const path of [
    '/viz/standing/',
    '/viz/cam/',
    '/viz/pincer/?depth=0.8',
    '/viz/typical-vs-pincer/?depth=1',
  ])
    await noBareNegatives(page, path);
});

test('embeds fit a 16:9 and a 4:3 frame without scrolling', async ({ page }) => {
  // Each embed opens once, in the smallest frame, and is then resized to the others, as a
  // host page's frame would be: the layout follows the size (CSS and the figure's own resize
  // handling), so one load checks all three without drawing the 3D scene three times.
  const sizes = [
    { width: 800, height: 450 },
    { width: 800, height: 600 },
    { width: 1280, height: 720 },
  ];
  for (const path of ['/embed/deep/', '/embed/typical-vs-tight/']) {
    await page.setViewportSize(sizes[0]!);
    await page.goto(path);
    await hydrated(page.locator('figure.hipviz'));
    for (const size of sizes) {
      await page.setViewportSize(size);
      await expect
        .poll(
          () =>
            page.evaluate(() => ({
              y: document.documentElement.scrollHeight - window.innerHeight,
              x: document.documentElement.scrollWidth - window.innerWidth,
            })),
          { message: `${path} at ${size.width}×${size.height}` },
        )
        .toEqual({ y: 0, x: 0 });
      await expect(page.getByRole('slider', { name: /squat depth/i })).toBeInViewport({ ratio: 1 });
    }
  }
});

for (const path of ['/viz/deep/', '/viz/typical-vs-tight/'])
  test(`at 320 px every view name on ${path} shows whole, with no hidden scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(path);
    const groups = page.locator('figure.hipviz [role="group"][aria-label="View"]');
    await expect(groups.first()).toBeVisible();
    for (const group of await groups.all()) {
      const fit = await group.evaluate((g) => {
        const box = g.getBoundingClientRect();
        const cut = [...g.querySelectorAll('button')]
          .filter((b) => {
            const r = b.getBoundingClientRect();
            return (
              r.left < box.left - 0.5 || r.right > box.right + 0.5 || b.scrollWidth > b.clientWidth
            );
          })
          .map((b) => b.textContent);
        return {
          cut,
          scrolls: g.scrollWidth > g.clientWidth + 1,
          names: g.querySelectorAll('button').length,
        };
      });
      expect(fit.names).toBe(5);
      expect(fit.cut, 'view names cut off').toEqual([]);
      expect(fit.scrolls, 'the row scrolls sideways').toBe(false);
      for (const button of await group.getByRole('button').all()) {
        const b = (await button.boundingBox())!;
        expect(b.width, 'big enough to tap').toBeGreaterThanOrEqual(44);
        expect(b.height).toBeGreaterThanOrEqual(44);
      }
    }
  });
