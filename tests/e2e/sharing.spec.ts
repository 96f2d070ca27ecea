import jsQR from 'jsqr';
import { test, expect, hydrated } from './guard';
import { snap } from './pixels';
import { instrumentWebGL } from './webgl';
import { PRESETS, modelInput, readouts as modelReadouts, solveHip } from './model';

test('the share button copies the exact link of what is on screen', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/viz/deep/');
  const figure = page.locator('figure.hipviz');
  await hydrated(figure);
  const slider = figure.getByRole('slider', { name: /squat depth/i });
  await slider.focus();
  await slider.press('PageDown');
  await figure.getByRole('button', { name: 'Share this view' }).click();
  await expect(figure.locator('.hipviz-status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.pathname).toBe('/viz/deep/');
  expect(url.hash).toBe('#deep');
  expect(url.searchParams.get('depth')).toBe('0.9');
  expect(url.searchParams.get('v')).toMatch(/^\d+$/);

  // Opening the copied link shows the same readouts: the model's for that state, once the
  // figure has eased there.
  const readouts = () => figure.locator('.hipviz-readouts dd').allTextContents();
  const before = modelReadouts(solveHip(modelInput({ ...PRESETS.deep.state, depth: 0.9 }))).map(
    (r) => r.value,
  );
  await expect.poll(readouts).toEqual(before);
  await page.goto(copied);
  await expect(figure.getByRole('slider', { name: /squat depth/i })).toHaveValue('0.9');
  await expect.poll(readouts).toEqual(before);
});

test('the QR code decodes to the link of the current state', async ({ page }) => {
  await page.goto('/viz/cam/?depth=0.8');
  const figure = page.locator('figure.hipviz');
  await hydrated(figure);
  await expect(figure.getByRole('slider', { name: /squat depth/i })).toHaveValue('0.8');
  await figure.getByRole('button', { name: 'QR code' }).click();
  const code = page.locator('dialog.hipviz-qr .hipviz-qr-code');
  await expect(code).toBeVisible();
  const pic = await snap(code);
  const decoded = jsQR(new Uint8ClampedArray(pic.data), pic.width, pic.height);
  expect(decoded?.data).toBeTruthy();
  const url = new URL(decoded!.data);
  expect(url.pathname).toBe('/viz/cam/');
  expect(url.searchParams.get('depth')).toBe('0.8');
  expect(url.searchParams.get('alpha')).toBe(String(PRESETS.cam.state.alphaDeg));
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(code).toBeHidden();
});

test('every permalink page carries its own title, canonical link and a 1200×630 preview', async ({
  request,
}) => {
  for (const name of Object.keys(PRESETS)) {
    const html = await (await request.get(`/viz/${name}/`)).text();
    const meta = (attr: string) =>
      html.match(new RegExp(`<meta (?:property|name)="${attr}" content="([^"]*)"`))?.[1];
    expect(html).toContain(
      `<title>${PRESETS[name as keyof typeof PRESETS].title.replace(/&/g, '&amp;')}`,
    );
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/viz/${name}/"`));
    for (const tag of [
      'og:title',
      'og:description',
      'og:url',
      'og:image',
      'twitter:card',
      'twitter:image',
    ])
      expect(meta(tag), `${name} ${tag}`).toBeTruthy();
    const image = new URL(meta('og:image')!);
    expect(image.protocol).toMatch(/^https?:$/);
    expect(image.pathname).toBe(`/og/${name}.png`);
    const png = await (await request.get(image.pathname)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  const home = await (await request.get('/')).text();
  expect(home).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og\/default\.png"/);
});

test('a link that names one figure on a page opens that figure, in that state, in view', async ({
  page,
}) => {
  await instrumentWebGL(page);
  // Share links end in #<figure>, so the browser scrolls there before any script runs.
  await page.goto('/articles/squat-compensations/?fig=fig-box-squat&depth=0.3&v=1#fig-box-squat');
  const cam = page.locator('figure#fig-box-squat');
  await expect(cam.getByRole('slider', { name: /squat depth/i })).toHaveValue('0.3');
  await expect(cam).toBeInViewport();
  // The others keep their own states.
  await expect(
    page.locator('figure#fig-knee-flare').getByRole('slider', { name: /squat depth/i }),
  ).toHaveValue(String(PRESETS['knee-flare'].state.depth));
});

test('an embed works inside an iframe on another page and links back with its state', async ({
  page,
  baseURL,
}) => {
  await page.setContent(
    `<!doctype html><title>Clinic portal</title><h1>Portal</h1><iframe title="Hip figure" src="${baseURL}/embed/cam/?depth=0.7" width="900" height="1100"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  const figure = frame.locator('figure.hipviz');
  await expect(figure.getByRole('slider', { name: /squat depth/i })).toHaveValue('0.7');
  await expect(figure).toHaveAttribute('data-status', /live|poster/);
  const back = figure.getByRole('link', { name: 'Open the full page' });
  await expect(back).toHaveAttribute('href', /^\/viz\/cam\/\?.*depth=0\.7/);
  await expect(back).toHaveAttribute('target', '_top');
  const canvasOrPoster = figure.locator('.hipviz-joint');
  expect((await snap(canvasOrPoster)).width).toBeGreaterThan(200);
});
