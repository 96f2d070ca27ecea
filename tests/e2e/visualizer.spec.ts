import type { Page } from '@playwright/test';
import { test, expect, wakeFigure } from './guard';
import { changedFraction, inkFraction, snap } from './pixels';
import { drawCount, instrumentWebGL, liveContextCount, quietFor } from './webgl';
import { PerspectiveCamera, Vector3 } from 'three';
import { MODEL_VERSION, PRESETS, modelInput, readouts, solveHip } from './model';
import { CAMERA_FOV_DEG, VIEW_CAMERAS } from '../../src/scene/cameraViews.ts';
import { cameraAt, frameToFit } from '../../src/scene/framing.ts';
import { jointParts, posedPoints } from '../../src/drawing/jointParts.ts';
import { capsuleBands } from '../../src/drawing/capsuleBands.ts';
import { buildHipGeometry } from '../../src/model/index.ts';
import { hipParameters } from '../../src/state/modelInput.ts';

// The eased path (a transition per jump, a state per frame) is what these checks are about.
test.use({ reducedMotion: 'no-preference' });

/** Where a pelvis-frame point lands in a canvas of this size, seen by the side view's camera framed on this hip. */
function projectFromSideView(
  state: (typeof PRESETS)['deep-tight']['state'],
  point: readonly number[],
  width: number,
  height: number,
) {
  const hip = solveHip(modelInput(state));
  const parts = jointParts(buildHipGeometry(hipParameters(state)));
  const framing = frameToFit(
    posedPoints(parts, hip, capsuleBands(hip)),
    VIEW_CAMERAS.side,
    width / height,
    CAMERA_FOV_DEG,
  );
  const camera = new PerspectiveCamera(CAMERA_FOV_DEG, width / height, 5, 4000);
  camera.position.set(...cameraAt(VIEW_CAMERAS.side, framing));
  camera.lookAt(...framing.target);
  camera.updateMatrixWorld();
  const v = new Vector3(point[0], point[1], point[2]).project(camera);
  return { x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height };
}

async function openLive(page: Page, path: string) {
  await instrumentWebGL(page);
  await page.goto(path);
  const figure = page.locator('figure.hipviz').first();
  if (!path.startsWith('/articles/')) await wakeFigure(figure);
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
    .locator('.hipviz-contact-label, .hipviz-tag, .hipviz-labels, .hipviz-body-inset')
    .evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.visibility = 'hidden')));
  const pane = figure.locator('.hipviz-joint');
  await expect(pane).toHaveAttribute('data-marker-x', /\d/);
  const x = Number(await pane.getAttribute('data-marker-x'));
  const y = Number(await pane.getAttribute('data-marker-y'));
  const pic = await snap(figure.locator('canvas'));
  // The close-up of the pinch (drawn in a corner of the same canvas) is left out.
  const [ix, iy, iw, ih] = ((await pane.getAttribute('data-inset')) ?? '0,0,0,0')
    .split(',')
    .map(Number) as [number, number, number, number];
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let py = 0; py < pic.height; py++)
    for (let px = 0; px < pic.width; px++) {
      if (px >= ix && px < ix + iw && py >= iy && py < iy + ih) continue;
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
  const expected = projectFromSideView(
    PRESETS['deep-tight'].state,
    hip.contact!.pointMm,
    pic.width,
    pic.height,
  );
  expect(Math.hypot(sx / n - expected.x, sy / n - expected.y)).toBeLessThan(10);
});

test('nothing is drawn while the figure is idle', async ({ page }) => {
  const figure = await openLive(page, '/viz/parallel/');
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  // Idle, counted in animation frames: once the first frames are drawn, a key press draws,
  // and then the figure settles and draws nothing at all for the next 60 frames (1 s at 60 Hz).
  expect(await quietFor(page, 30), 'the figure settles after loading').toBe(true);
  const before = await drawCount(page);
  await slider.focus();
  await slider.press('ArrowRight');
  await expect
    .poll(() => drawCount(page), { message: 'the key press drew' })
    .toBeGreaterThan(before);
  expect(await quietFor(page, 30), 'the figure settles after the key').toBe(true);
  const settled = await drawCount(page);
  expect(await quietFor(page, 60, 60), 'no frame drawn while idle').toBe(true);
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
  await wakeFigure(second.locator('figure.hipviz'));
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
  // The article with the most figures (the gallery at /viz/ shows pictures, not live figures).
  await page.goto('/articles/squat-compensations/');
  const figures = page.locator('figure.hipviz');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(6);
  let most = 0;
  let everLive = 0;
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    // Each figure that comes on screen gets a slot and draws (or stays on its drawing when it
    // cannot: the count below says how many did); the contexts are counted once it has.
    const live = await expect(figures.nth(i))
      .toHaveAttribute('data-status', 'live', { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    most = Math.max(most, await liveContextCount(page));
    if (live) everLive += 1;
  }
  expect(most).toBeLessThanOrEqual(3);
  expect(everLive, 'figures that drew live as they came on screen').toBeGreaterThanOrEqual(
    count - 1,
  );
});
