import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { changedFraction, inkFraction, snap } from './pixels';
import { drawCount, instrumentWebGL, liveContextCount } from './webgl';
import { PerspectiveCamera, Vector3 } from 'three';
import { MODEL_VERSION, PRESETS, modelInput, readouts, solveHip } from './model';
import { TARGET_MM, VIEW_CAMERAS, cameraPosition } from '../../src/scene/cameraViews.ts';
import { CAMERA_FOV_DEG } from '../../src/scene/mountJoint.tsx';

/** Where a pelvis-frame point lands in a canvas of this size, seen by the side view's camera. */
function projectFromSideView(point: readonly number[], width: number, height: number) {
  const camera = new PerspectiveCamera(CAMERA_FOV_DEG, width / height, 5, 4000);
  camera.position.set(...cameraPosition(VIEW_CAMERAS.side));
  camera.lookAt(...TARGET_MM);
  camera.updateMatrixWorld();
  const v = new Vector3(point[0], point[1], point[2]).project(camera);
  return { x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height };
}

async function openLive(page: Page, path: string) {
  await instrumentWebGL(page);
  await page.goto(path);
  const figure = page.locator('figure.hipviz').first();
  await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
  return figure;
}

async function readoutsOnPage(page: Page) {
  return page
    .locator('figure.hipviz')
    .first()
    .locator('.hipviz-readouts > div')
    .evaluateAll((items) =>
      items.map((el) => ({
        id: (el as HTMLElement).dataset['readout'],
        value: el.querySelector('dd')?.textContent,
      })),
    );
}

test('the keyboard moves the squat and the picture follows the model', async ({ page }) => {
  const figure = await openLive(page, '/viz/standing/');
  const canvas = figure.locator('canvas');
  await expect.poll(async () => inkFraction(await snap(canvas))).toBeGreaterThan(0.03);
  const before = await snap(canvas);

  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await expect(slider).toHaveAttribute('aria-valuetext', /standing, hip bent \d+°/i);
  await slider.focus();
  await slider.press('End');
  await expect(slider).toHaveValue('1');
  await slider.press('PageDown');
  await slider.press('ArrowLeft');
  await expect(slider).toHaveValue('0.89');
  await expect(slider).toHaveAttribute('aria-valuetext', /deep squat, hip bent \d+°/i);
  await expect.poll(async () => changedFraction(before, await snap(canvas))).toBeGreaterThan(0.02);

  // Every readout on the page is the model's own, for exactly this state.
  const expected = readouts(solveHip(modelInput({ ...PRESETS.standing.state, depth: 0.89 })));
  await expect
    .poll(() => readoutsOnPage(page))
    .toEqual(expected.map((r) => ({ id: r.id, value: r.value })));
});

test('dragging the slider with a pointer moves the squat', async ({ page }) => {
  const figure = await openLive(page, '/viz/standing/');
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const value = Number(await slider.inputValue());
  expect(value).toBeGreaterThan(0.35);
  expect(value).toBeLessThan(0.65);
  const expected = readouts(solveHip(modelInput({ ...PRESETS.standing.state, depth: value })));
  await expect(figure.locator('[data-readout="flexion"] dd')).toHaveText(
    expected.find((r) => r.id === 'flexion')!.value,
  );
});

test('a tight hip without compensation shows the contact where the model puts it', async ({
  page,
}) => {
  const figure = await openLive(page, '/viz/deep-tight/');
  const hip = solveHip(modelInput(PRESETS['deep-tight'].state));
  expect(hip.contact, 'the model predicts contact for this preset').not.toBeNull();
  const label = figure.getByTestId('contact-label');
  await expect(label).toBeVisible();
  await expect(label).toContainText(hip.contact!.structure === 'labrum' ? 'labrum' : 'bony rim');
  // The label is pinned just above the marker.
  const paneBox = (await figure.locator('.hipviz-joint').boundingBox())!;
  const labelBox = (await label.boundingBox())!;
  const markerY = Number(await figure.locator('.hipviz-joint').getAttribute('data-marker-y'));
  expect(labelBox.y + labelBox.height - paneBox.y).toBeLessThan(markerY);
  expect(labelBox.y + labelBox.height - paneBox.y).toBeGreaterThan(markerY - 40);

  // The scene reports where the model's contact point lands on screen; the accent-coloured
  // marker pixels must be there (with the HTML label and tags hidden, so only the canvas counts).
  // (Inline style attributes, not a <style> tag: the page's Content-Security-Policy allows only those.)
  await page
    .locator('.hipviz-contact-label, .hipviz-tag')
    .evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.visibility = 'hidden')));
  const pane = figure.locator('.hipviz-joint');
  await expect(pane).toHaveAttribute('data-marker-x', /\d/);
  const x = Number(await pane.getAttribute('data-marker-x'));
  const y = Number(await pane.getAttribute('data-marker-y'));
  const pic = await snap(figure.locator('canvas'));
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let py = 0; py < pic.height; py++)
    for (let px = 0; px < pic.width; px++) {
      const i = (py * pic.width + px) * 4;
      const [r, g, b] = [pic.data[i]!, pic.data[i + 1]!, pic.data[i + 2]!];
      if (r > 170 && g < 90 && b > 90 && b < 170) {
        sx += px;
        sy += py;
        n += 1;
      }
    }
  expect(n, 'accent pixels of the contact marker').toBeGreaterThan(20);
  expect(Math.hypot(sx / n - x, sy / n - y)).toBeLessThan(8);

  // And independently of the scene: project the model's contact point with the view's camera.
  const expected = projectFromSideView(hip.contact!.pointMm, pic.width, pic.height);
  expect(Math.hypot(sx / n - expected.x, sy / n - expected.y)).toBeLessThan(10);
});

test('nothing is drawn while the figure is idle', async ({ page }) => {
  const figure = await openLive(page, '/viz/parallel/');
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  await slider.press('ArrowRight');
  await page.waitForTimeout(1200);
  const settled = await drawCount(page);
  expect(settled).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  expect(await drawCount(page)).toBe(settled);
});

test('a link from the address bar reopens the same state', async ({ page, context }) => {
  const figure = await openLive(page, '/viz/parallel/');
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  for (let i = 0; i < 7; i++) await slider.press('ArrowRight');
  await expect(page).toHaveURL(/depth=0\.57/);
  expect(page.url()).toContain(`v=${MODEL_VERSION}`);
  const url = page.url();
  const before = await readoutsOnPage(page);

  const second = await context.newPage();
  await instrumentWebGL(second);
  await second.goto(url);
  await expect(second.locator('figure.hipviz')).toHaveAttribute('data-status', 'live', {
    timeout: 20_000,
  });
  await expect(second.getByRole('slider', { name: /squat depth/i })).toHaveValue('0.57');
  await expect.poll(() => readoutsOnPage(second)).toEqual(before);
  await second.close();
});

test('scrolling a page of many figures never holds more than three WebGL contexts', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await instrumentWebGL(page);
  await page.goto('/viz/');
  const figures = page.locator('figure.hipviz');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(6);
  let most = 0;
  let everLive = 0;
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
    most = Math.max(most, await liveContextCount(page));
    if ((await figures.nth(i).getAttribute('data-status')) === 'live') everLive += 1;
  }
  expect(most).toBeLessThanOrEqual(3);
  expect(everLive, 'figures that drew live as they came on screen').toBeGreaterThanOrEqual(
    count - 1,
  );
});
