import { test, expect, wakeFigure } from './guard';
import { instrumentWebGL } from './webgl';

// The same state from the named views, compared with stored pictures. Baselines are per
// platform (Playwright's naming); `npx playwright test --update-snapshots` makes new ones
// after a deliberate change to the look. The comparison waits for two identical screenshots
// in a row, so it needs no sleep.
for (const view of ['side', 'front', 'socket', 'joint'] as const) {
  test(`the ${view} view of a tight hip at full depth matches its baseline`, async ({ page }) => {
    await instrumentWebGL(page);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`/viz/deep-tight/?view=${view}`);
    const figure = page.locator('figure.hipviz');
    await wakeFigure(figure);
    await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
    await expect(figure.locator('li[data-label="ball"]')).toBeVisible();
    await expect(figure.locator('.hipviz-stage')).toHaveScreenshot(`deep-tight-${view}.png`, {
      maxDiffPixelRatio: 0.01,
      animations: 'disabled',
    });
  });
}

test('a lost WebGL context comes back', async ({ page }) => {
  await instrumentWebGL(page);
  await page.goto('/viz/parallel/');
  const figure = page.locator('figure.hipviz');
  await wakeFigure(figure);
  await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
  await page.evaluate(() => {
    const gl = window.__contexts.find(
      (c) => !c.isContextLost() && (c.canvas as HTMLCanvasElement).isConnected,
    )!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    ext.loseContext();
    setTimeout(() => ext.restoreContext(), 300);
  });
  await expect(figure).toHaveAttribute('data-status', 'poster');
  await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 10_000 });
  // And it still answers the slider.
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  await slider.press('End');
  await expect(figure.locator('[data-readout="flexion"] dd')).not.toHaveText('');
});
