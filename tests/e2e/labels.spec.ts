/**
 * The figure names its parts in the picture: real text, in a list a screen reader reads, at
 * least 12 CSS px, each beside its part with a leader line, none overlapping another or the
 * pinch marker, following the camera, and hidden by the Labels button. The page opened for
 * each view at full depth also checks that the joint fills half its pane there (framing.spec.ts
 * checks it standing), so that the same 3D scene is drawn once for both.
 */
import { test, expect } from './guard';
import {
  REQUIRED_LABELS,
  SIZES,
  expectFillsHalfItsPane,
  labelBoxes,
  markerBox,
  openLive,
  overlap,
} from './figure';

for (const size of SIZES)
  for (const view of ['side', 'front', 'socket'] as const)
    test(`at ${size.width}×${size.height} the ${view} view at full depth names its parts without overlaps and fills half its pane`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const figure = await openLive(page, `/viz/deep-tight/?view=${view}&depth=1`);
      const list = figure.getByRole('list', { name: 'Parts named in the picture' });
      await expect(list).toBeVisible();
      const boxes = await labelBoxes(figure);
      for (const id of [...REQUIRED_LABELS, 'contact']) {
        const label = figure.locator(`li[data-label="${id}"]`);
        await expect(label, id).toBeVisible();
        expect((await label.textContent())?.trim().length, id).toBeGreaterThan(2);
        expect(boxes.has(id), `${id} is placed`).toBe(true);
        const px = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(px, `${id} font size`).toBeGreaterThanOrEqual(12);
        const leader = await figure.locator(`[data-leader="${id}"] path`).getAttribute('d');
        expect(leader, `${id} has a leader line`).toMatch(/^M[\d.-]+ [\d.-]+L/);
      }
      const pane = (await figure.locator('.hipviz-joint').boundingBox())!;
      const marker = await markerBox(figure);
      expect(marker, 'the model touches here, so the pinch is marked').not.toBeNull();
      const entries = [...boxes];
      for (const [id, b] of entries) {
        expect(b.x, `${id} inside the pane`).toBeGreaterThanOrEqual(0);
        expect(b.y, `${id} inside the pane`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w, `${id} inside the pane`).toBeLessThanOrEqual(pane.width + 0.5);
        expect(b.y + b.h, `${id} inside the pane`).toBeLessThanOrEqual(pane.height + 0.5);
        expect(overlap(b, marker!), `${id} covers the pinch marker`).toBe(false);
        for (const [other, c] of entries)
          if (other !== id) expect(overlap(b, c), `${id} overlaps ${other}`).toBe(false);
      }
      // Last, as it hides the labels.
      await expectFillsHalfItsPane(figure);
    });

test('the labels follow the camera when the reader turns the joint', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  const figure = await openLive(page, '/viz/deep/');
  const before = await labelBoxes(figure);
  const canvas = figure.locator('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 10 });
  await page.mouse.up();
  await expect(page).toHaveURL(/cam=/);
  const after = await labelBoxes(figure);
  const moved = [...after].filter(([id, b]) => {
    const a = before.get(id);
    return a && Math.hypot(a.x - b.x, a.y - b.y) > 5;
  });
  expect(moved.length, 'labels that moved with the picture').toBeGreaterThan(2);
  const entries = [...after];
  for (const [id, b] of entries)
    for (const [other, c] of entries)
      if (other !== id) expect(overlap(b, c), `${id} overlaps ${other}`).toBe(false);
});

test('the Labels button hides the names and shows them again', async ({ page }) => {
  const figure = await openLive(page, '/viz/deep-tight/');
  const toggle = figure.getByRole('button', { name: 'Labels' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.locator('li[data-label="ball"]')).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(figure.locator('li[data-label="ball"]')).toBeHidden();
  await toggle.click();
  await expect(figure.locator('li[data-label="ball"]')).toBeVisible();
});
