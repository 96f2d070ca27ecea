import { test, expect } from './guard';
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
  await expect(figure).toHaveAttribute('data-status', 'no-webgl');
  const poster = figure.locator('svg.hipviz-poster');
  await expect(poster).toBeVisible();
  expect(await poster.locator('path[data-part="femur"]').count()).toBe(1);
  await expect(figure.locator('.hipviz-notice')).toContainText('flat drawing of the same model');
  await expect(figure.getByTestId('contact-label')).toBeVisible();
  await expect(figure.locator('.hipviz-sentence')).toContainText('In this model');
  // The controls still work on the drawing.
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  await slider.press('Home');
  await expect(figure.locator('.hipviz-sentence')).toContainText('Standing');
});
