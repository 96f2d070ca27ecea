import { test, expect } from './guard';
import { changedFraction, inkFraction, snap } from './pixels';

test('the island draws and redraws when its slider moves', async ({ page }) => {
  await page.goto('/articles/deep-squat-hip-rotation/');
  const canvas = page.locator('.pipeline-demo canvas');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toBeVisible();
  await expect.poll(async () => inkFraction(await snap(canvas))).toBeGreaterThan(0.02);
  const before = await snap(canvas);

  const slider = page.getByRole('slider');
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
  await expect.poll(async () => changedFraction(before, await snap(canvas))).toBeGreaterThan(0.01);
});
