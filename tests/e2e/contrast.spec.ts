/**
 * The figure reads in light, dark and high contrast: the labels' text at 4.5:1 on their own
 * background, the tags and the key at 4.5:1 on the figure's, and the body figure's limbs at
 * 3:1 against the figure's background.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, wakeFigure } from './guard';
import { contrast } from './figure';
import { instrumentWebGL } from './webgl';

async function colours(figure: Locator) {
  return figure.evaluate((fig) => {
    const stage = fig.querySelector<HTMLElement>('.hipviz-stage')!;
    const bg = getComputedStyle(stage).backgroundColor;
    const labels = [...fig.querySelectorAll<HTMLElement>('li[data-label]')].map((li) => {
      const s = getComputedStyle(li);
      return { id: li.dataset['label']!, fg: s.color, bg: s.backgroundColor };
    });
    const texts = [...fig.querySelectorAll<HTMLElement>('.hipviz-tag, .hipviz-key p span')].map(
      (el) => ({ what: el.textContent!.slice(0, 30), fg: getComputedStyle(el).color }),
    );
    const limbs = [
      ...fig.querySelectorAll<SVGElement>(
        '.hipviz-body svg line, .hipviz-body svg polyline, .hipviz-body svg polygon, .hipviz-body svg circle',
      ),
    ].map((el) => {
      const s = getComputedStyle(el);
      return s.stroke !== 'none' ? s.stroke : s.fill;
    });
    return { bg, labels, texts, limbs };
  });
}

async function check(figure: Locator) {
  const c = await colours(figure);
  expect(c.labels.length).toBeGreaterThan(5);
  for (const l of c.labels)
    expect(contrast(l.fg, l.bg), `label ${l.id}: ${l.fg} on ${l.bg}`).toBeGreaterThanOrEqual(4.5);
  for (const t of c.texts)
    expect(contrast(t.fg, c.bg), `"${t.what}": ${t.fg} on ${c.bg}`).toBeGreaterThanOrEqual(4.5);
  expect(c.limbs.length).toBeGreaterThan(4);
  for (const limb of c.limbs)
    expect(contrast(limb, c.bg), `body figure ${limb} on ${c.bg}`).toBeGreaterThanOrEqual(3);
}

for (const scheme of ['light', 'dark'] as const)
  test(`labels, key and body figure are legible in ${scheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page: Page = await context.newPage();
    await instrumentWebGL(page);
    await page.goto('/viz/deep-tight/?view=front');
    const figure = page.locator('figure.hipviz');
    await wakeFigure(figure);
    await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
    await check(figure);
    await context.close();
  });

test('labels, key and body figure are legible in the presenter’s high contrast', async ({
  page,
}) => {
  await instrumentWebGL(page);
  await page.goto('/clinic/?depth=1&capsule=tight&comp=off&view=front');
  await expect(page.locator('.clinic')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.locator('.clinic')).toHaveAttribute('data-contrast', 'on');
  const figure = page.locator('figure.hipviz');
  await expect(figure.locator('.hipviz-stage')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await check(figure);
});
