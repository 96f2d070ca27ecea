/**
 * Accessibility: axe on one page of each kind that has a figure (home, a permalink page, an
 * embed, the presenter), with its figures live in 3D (one page of every template is swept without WebGL in a11y-pages.spec.ts); a keyboard-only walk through a figure; the WAI-ARIA slider pattern;
 * reduced motion; and a text alternative that says what the picture shows.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './guard';
import { sweep } from './axe';
import { modelInput, PRESETS, readouts, solveHip } from './model';
import { builtPages, samplePages } from './pages';

const withFigures = new Set(
  builtPages()
    .filter((p) => p.html.includes('class="hipviz'))
    .map((p) => p.path),
);

// Not an article: its figures are the same island as a permalink page's, and their live parts
// (canvas, named labels, Labels button) are swept on /viz/ and /embed/ here; the article's own
// content is swept in a11y-pages.spec.ts. Drawing a dozen figures live in software WebGL made
// the article alone the slowest sweep of all.
for (const path of samplePages().filter((p) => withFigures.has(p) && !p.startsWith('/articles/'))) {
  test(`axe: no violations on ${path} with its figures live in 3D`, async ({ page }) => {
    test.setTimeout(150_000);
    expect(await sweep(page, path)).toEqual([]);
  });
}

/** Waits until the figure's island has hydrated (Astro drops `ssr` from the island then). */
async function hydrated(figure: Locator): Promise<void> {
  await expect(figure.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', /.*/);
}

/** What the focused element shows of its focus: an outline or a ring (box-shadow). */
async function focusRing(
  page: Page,
): Promise<{ label: string; tag: string; ring: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const r = el.getBoundingClientRect();
    const label =
      (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) ||
      (el.id ? `#${el.id}` : '');
    return {
      label,
      tag: `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}`,
      ring: outline
        ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`
        : shadow
          ? `box-shadow ${s.boxShadow}`
          : 'none',
      visible: (outline || shadow) && r.width > 0 && r.height > 0,
    };
  });
}

test('a keyboard alone reaches every control of a figure in reading order, with focus always visible', async ({
  page,
}) => {
  await page.goto('/viz/deep-tight/');
  const figure = page.locator('figure.hipviz');
  await hydrated(figure);
  // The first Tab lands on the skip link, shown on screen with a focus ring.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect((await focusRing(page)).visible, 'the skip link shows its focus').toBe(true);

  // Opens the folded controls (Enter on their summary), so the walk meets every control, then
  // walks from the top of the page again.
  const summary = figure.locator('details.hipviz-more > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(figure.locator('details.hipviz-more')).toHaveAttribute('open', '');
  await skip.focus();

  const expected = await figure.evaluate((fig) =>
    [
      ...fig.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]',
      ),
    ]
      .filter(
        (el) =>
          !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
      )
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(expected.length, 'the figure has controls').toBeGreaterThanOrEqual(10);

  const reached: string[] = [];
  const unringed: string[] = [];
  let positive = 0;
  for (let i = 0; i < 80 && reached.length < expected.length; i++) {
    await page.keyboard.press('Tab');
    const inFigure = await figure.evaluate((fig) => fig.contains(document.activeElement));
    if (!inFigure) {
      if (reached.length > 0) break; // walked out of the figure
      continue;
    }
    reached.push(await page.evaluate(() => document.activeElement!.outerHTML.slice(0, 80)));
    positive += await page.evaluate(() =>
      (document.activeElement as HTMLElement).tabIndex > 0 ? 1 : 0,
    );
    const ring = await focusRing(page);
    if (!ring.visible) unringed.push(`${ring.tag} "${ring.label}": ${ring.ring}`);
  }
  expect(reached, 'Tab visits every control once, in the order they appear').toEqual(expected);
  expect(unringed, 'every focused control shows a focus ring').toEqual([]);
  expect(positive, 'no positive tabindex reorders the page').toBe(0);

  // And each kind of control works from the keyboard.
  const firstView = figure.getByRole('group', { name: 'View' }).getByRole('button').nth(1);
  await firstView.focus();
  await page.keyboard.press('Enter');
  await expect(firstView).toHaveAttribute('aria-pressed', 'true');
  const check = figure.getByRole('checkbox');
  const before = await check.isChecked();
  await check.focus();
  await page.keyboard.press('Space');
  await expect(check).toBeChecked({ checked: !before });
});

test('the depth slider follows the WAI-ARIA slider pattern', async ({ page }) => {
  await page.goto('/viz/parallel/');
  const figure = page.locator('figure.hipviz');
  await hydrated(figure);
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await expect(slider).toHaveCount(1);
  const attr = async (name: string) => slider.getAttribute(name);
  // A native range input: role slider, its min/max/value are the aria-valuemin/max/now.
  expect(await slider.evaluate((el) => (el as HTMLInputElement).type)).toBe('range');
  const min = Number(await attr('min'));
  const max = Number(await attr('max'));
  const step = Number(await attr('step'));
  expect(max).toBeGreaterThan(min);
  const value = async () => Number(await slider.inputValue());
  const valueText = async () => (await attr('aria-valuetext')) ?? '';
  expect(await valueText()).toMatch(/hip bent \d+°/);

  await slider.focus();
  await slider.press('Home');
  expect(await value()).toBe(min);
  await expect(slider).toHaveAttribute('aria-valuetext', /^Standing/);
  await slider.press('ArrowRight');
  expect(await value()).toBeCloseTo(min + step, 5);
  await slider.press('ArrowUp');
  expect(await value()).toBeCloseTo(min + 2 * step, 5);
  await slider.press('ArrowLeft');
  expect(await value()).toBeCloseTo(min + step, 5);
  await slider.press('ArrowDown');
  expect(await value()).toBeCloseTo(min, 5);
  await slider.press('PageUp');
  const paged = await value();
  expect(paged, 'Page Up moves by more than one step').toBeGreaterThan(min + step);
  await slider.press('PageDown');
  expect(await value()).toBeCloseTo(min, 5);
  await slider.press('End');
  expect(await value()).toBe(max);
  await expect(slider).toHaveAttribute('aria-valuetext', /^Full depth/);
  // The words follow the value, and name the hip bend the readout shows.
  const bend = (await figure.locator('[data-readout="flexion"] dd').textContent())!.trim();
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`hip bent ${bend}`));
});

/**
 * Every text the flexion readout showed from `act` until it reached `final` (a
 * MutationObserver sees each one).
 */
async function readoutFrames(
  page: Page,
  readout: Locator,
  act: () => Promise<void>,
  final: string,
): Promise<string[]> {
  await readout.evaluate((dd) => {
    const w = window as unknown as { __texts: string[] };
    w.__texts = [dd.textContent ?? ''];
    new MutationObserver(() => w.__texts.push(dd.textContent ?? '')).observe(dd, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await act();
  await expect(readout).toHaveText(final);
  return page.evaluate(() => [...new Set((window as unknown as { __texts: string[] }).__texts)]);
}

test('with reduced motion a jump lands at once; without, it glides', async ({ browser }) => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto('/viz/standing/');
    const figure = page.locator('figure.hipviz');
    await hydrated(figure);
    const readout = figure.locator('[data-readout="flexion"] dd');
    const slider = figure.getByRole('slider', { name: /squat depth/i });
    await slider.focus();
    // Where the jump lands: the model's hip bend at full depth.
    const final = readouts(solveHip(modelInput({ ...PRESETS.standing.state, depth: 1 }))).find(
      (r) => r.id === 'flexion',
    )!.value;
    const texts = await readoutFrames(page, readout, () => slider.press('End'), final);
    if (reducedMotion === 'reduce') {
      expect(texts, 'the readout goes straight from its first value to its last').toHaveLength(2);
      // Nothing animates in CSS either.
      expect(
        await page.evaluate(
          () => document.getAnimations().filter((a) => a.playState === 'running').length,
        ),
      ).toBe(0);
    } else {
      // At least one value between the first and the last: a glide, where the jump above has
      // none. How many frames a glide shows depends on the machine's load, not on the figure.
      expect(texts.length, 'the readout passes through values on the way').toBeGreaterThan(2);
    }
    await context.close();
  }
});

test('the text alternative states what the picture shows: contact, clearance and hip bend', async ({
  page,
}) => {
  await page.goto('/viz/deep-tight/');
  const figure = page.locator('figure.hipviz');
  await hydrated(figure);
  const region = figure.locator('[aria-live="polite"]');
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  for (const key of ['End', 'Home'] as const) {
    await slider.focus();
    await slider.press(key);
    // The live region follows at most once a second (a drag is heard where it ends), so the
    // check is retried until the region has caught up (a loaded machine delays its timer).
    await expect(async () => {
      const spoken = (await region.textContent()) ?? '';
      const facts = await figure.evaluate((fig) => ({
        contact: fig.querySelector('[data-testid="contact-label"]')?.textContent?.trim() ?? null,
        clearanceMm: Number(fig.querySelector<HTMLElement>('.hipviz-joint')!.dataset['clearance']),
        bend: fig.querySelector('[data-readout="flexion"] dd')!.textContent!.trim(),
      }));
      expect(spoken, 'hip bend').toContain(`Hip bend (thigh to pelvis): ${facts.bend}`);
      expect(spoken, 'the same hip bend in the slider words').toContain(`hip bent ${facts.bend}`);
      if (facts.contact) {
        const [, structure, clock] = /Touching the (labrum|bony rim) at (\d+ o'clock)/.exec(
          facts.contact,
        )!;
        expect(spoken, 'contact structure').toContain(structure!);
        expect(spoken, 'contact clock position').toContain(clock!);
        expect(spoken, 'clearance').toMatch(/pressed together by \d+\.\d mm|just touching/);
      } else {
        expect(facts.clearanceMm).toBeGreaterThan(0);
        expect(spoken, 'clearance').toContain(
          `${(Math.round(facts.clearanceMm * 10) / 10).toFixed(1)} mm apart`,
        );
        expect(spoken).not.toMatch(/touching|pressed together|meets/i);
      }
      if (key === 'End') expect(facts.contact, 'a tight hip at full depth touches').not.toBeNull();
    }).toPass({ timeout: 8_000 });
  }
});
