import { test, expect, wakeFigure } from './guard';
import { CHROMIUM_ARGS, findChromium } from '../browser';

// A browser with its 3D APIs switched off, as some locked-down or old devices are.
const executablePath = findChromium();
test.use({
  launchOptions: {
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
    ...(executablePath ? { executablePath } : {}),
  },
});

test('without WebGL the figure shows its poster, readouts and a calm note', async ({ page }) => {
  await page.goto('/viz/deep-tight/');
  const figure = page.locator('figure.hipviz');
  // Everyone starts on the poster; only at the first touch, when the 3D would start, does the
  // figure find there is no WebGL and say so (probing for it at load cost 50 ms to a second).
  await wakeFigure(figure);
  await expect(figure).toHaveAttribute('data-status', 'no-webgl');
  const poster = figure.locator('svg.hipviz-poster');
  await expect(poster).toBeVisible();
  expect(await poster.locator('path[data-part="femur-head"]').count()).toBe(1);
  for (const part of ['ilium', 'ischium', 'pubis', 'socket-shell', 'labrum'])
    expect(await poster.locator(`path[data-part="${part}"]`).count(), part).toBeGreaterThan(0);
  const notice = figure.locator('.hipviz-notice');
  await expect(notice).toContainText('flat drawing of the same model');
  await expect(figure.getByTestId('contact-label')).toBeVisible();
  // The parts are named over the drawing too, and the notice covers neither them nor the tags.
  for (const id of ['ball', 'socket', 'labrum', 'neck'])
    await expect(figure.locator(`li[data-label="${id}"]`)).toBeVisible();
  const noticeBox = (await notice.boundingBox())!;
  for (const el of await figure.locator('.hipviz-tag, li[data-label]').all()) {
    const b = (await el.boundingBox())!;
    const apart =
      b.x + b.width <= noticeBox.x ||
      noticeBox.x + noticeBox.width <= b.x ||
      b.y + b.height <= noticeBox.y ||
      noticeBox.y + noticeBox.height <= b.y;
    expect(apart, 'the notice overlaps a tag or label').toBe(true);
  }
  await expect(figure.locator('.hipviz-sentence')).toContainText('In this model');
  // The controls still work on the drawing.
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  await slider.press('Home');
  await expect(figure.locator('.hipviz-sentence')).toContainText('Standing');
});
