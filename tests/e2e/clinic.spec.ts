/**
 * Clinic mode on a tablet: the guided steps by tap and by swipe, the patient's hip, large
 * targets, no sideways scrolling, the high-contrast theme, the exit, the install hint, and
 * the printed handout (one page on A4 and on Letter, its readouts, and a QR code that opens
 * the same view).
 */
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { test, expect, hydrated } from './guard';
import { MODEL_VERSION, modelInput, readouts, solveHip } from './model';
import { snap } from './pixels';
import { DEFAULT_STATE } from '../../src/state/figureState.ts';
import { DRILLS } from '../../src/state/drills.ts';
import { WARNING_SIGNS } from '../../src/state/warningSigns.ts';
import { parseState, serializeState } from '../../src/state/url.ts';
import { NO_PATIENT, guidedSteps, type PatientHip } from '../../src/islands/clinic/steps.ts';

const TABLETS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
];

async function openClinic(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/clinic/${query}`);
  const figure = page.locator('figure.clinic-figure');
  await hydrated(figure);
  await expect(page.locator('.clinic')).toHaveAttribute('data-ready', 'true');
  return figure;
}

const stepArea = (page: Page) => page.getByTestId('step-area');
const slider = (page: Page) => page.getByRole('slider', { name: /squat depth/i });

/** The page shows this step: its id, title and sentence, its depth, and the model's readouts for its state. */
async function expectStep(page: Page, patient: PatientHip, index: number) {
  const step = guidedSteps(patient)[index]!;
  await expect(stepArea(page)).toHaveAttribute('data-step', step.id);
  await expect(page.locator('.clinic-step-title')).toHaveText(step.title);
  await expect(page.locator('.clinic-step-sentence')).toHaveText(step.sentence);
  await expect(slider(page)).toHaveValue(String(step.state.depth));
  const expected = readouts(solveHip(modelInput(step.state)));
  for (const id of ['flexion', 'clearance', 'rotation']) {
    await expect(page.locator(`.clinic-readouts [data-readout="${id}"] dd`)).toHaveText(
      expected.find((r) => r.id === id)!.value,
    );
  }
}

/** A real touch swipe (Chrome's touch input, so the page sees touch pointer events). */
async function swipe(page: Page, target: Locator, dx: number, dy = 0) {
  const box = (await target.boundingBox())!;
  const x0 = box.x + box.width / 2 - dx / 2;
  const y0 = box.y + box.height / 2 - dy / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: x0, y: y0 }],
  });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x0 + (dx * i) / 8, y: y0 + (dy * i) / 8 }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Every visible interactive control's box, with a name to say which one is too small. */
async function controlBoxes(page: Page) {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter(
        (el) =>
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          !el.closest('[inert]'),
      )
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name =
          el.getAttribute('aria-label') ??
          (el.textContent?.trim() || (el as HTMLInputElement).type || el.tagName);
        return {
          name: `${el.tagName.toLowerCase()} "${name.slice(0, 40)}"`,
          width: r.width,
          height: r.height,
        };
      });
  });
}

async function expectLargeTargets(page: Page) {
  const boxes = await controlBoxes(page);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.width, `width of ${box.name}`).toBeGreaterThanOrEqual(44);
    expect(box.height, `height of ${box.name}`).toBeGreaterThanOrEqual(44);
  }
  return Math.min(...boxes.flatMap((b) => [b.width, b.height]));
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

for (const size of TABLETS) {
  test.describe(`on a ${size.width}×${size.height} tablet`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('the guided steps move by taps, each setting the figure and saying one sentence', async ({
      page,
    }) => {
      const figure = await openClinic(page);
      await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
      const steps = guidedSteps(NO_PATIENT);
      await expectStep(page, NO_PATIENT, 0);
      await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
      for (let i = 1; i < steps.length; i++) {
        await page.getByRole('button', { name: 'Next' }).tap();
        await expectStep(page, NO_PATIENT, i);
      }
      await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
      await page.getByRole('button', { name: 'Previous' }).tap();
      await expectStep(page, NO_PATIENT, steps.length - 2);
      // The knee-flare step turns the body to face us; the picture follows.
      expect(steps.map((s) => s.id)).toEqual([
        'standing',
        'parallel',
        'deep',
        'typical',
        'tight',
        'pinch',
        'butt-wink',
        'knee-flare',
        'train',
      ]);
    });

    test('a swipe on the step moves it; a short or vertical drag does not', async ({ page }) => {
      await openClinic(page);
      await expectStep(page, NO_PATIENT, 0);
      await swipe(page, stepArea(page), -220);
      await expectStep(page, NO_PATIENT, 1);
      await swipe(page, stepArea(page), -220);
      await expectStep(page, NO_PATIENT, 2);
      await swipe(page, stepArea(page), 220);
      await expectStep(page, NO_PATIENT, 1);
      await swipe(page, stepArea(page), -30);
      await swipe(page, stepArea(page), -40, 120);
      await page.waitForTimeout(300);
      await expectStep(page, NO_PATIENT, 1);
    });

    test('every control is at least 44×44 px, the main ones 56, and nothing scrolls sideways', async ({
      page,
    }) => {
      await openClinic(page);
      const smallest = [await expectLargeTargets(page)];
      expect(await noSidewaysScroll(page)).toBe(true);
      for (const name of ['Previous', 'Next']) {
        const box = (await page.getByRole('button', { name }).boundingBox())!;
        expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(56);
      }
      expect((await slider(page).boundingBox())!.height).toBeGreaterThanOrEqual(56);
      // The slider's thumb is drawn 56 px wide.
      const thumb = await slider(page).evaluate(
        (el) => getComputedStyle(el, '::-webkit-slider-thumb').width,
      );
      expect(parseFloat(thumb)).toBeGreaterThanOrEqual(56);

      // On the last step, and in both dialogs, too.
      for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Next' }).tap();
      smallest.push(await expectLargeTargets(page));
      expect(await noSidewaysScroll(page)).toBe(true);
      for (const [open, title] of [
        ['Patient’s hip', 'The patient’s hip'],
        ['Handout', 'Handout'],
      ] as const) {
        await page.getByRole('button', { name: open }).tap();
        const dialog = page.getByRole('dialog', { name: title });
        await expect(dialog).toBeVisible();
        smallest.push(await expectLargeTargets(page));
        expect(await noSidewaysScroll(page)).toBe(true);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      test.info().annotations.push({
        type: 'smallest target (px)',
        description: String(Math.min(...smallest)),
      });
    });
  });
}

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('every step uses the patient’s measured hip, and says it is a model shaped by it', async ({
    page,
  }) => {
    await openClinic(page);
    await page.getByRole('button', { name: 'Patient’s hip' }).tap();
    const dialog = page.getByRole('dialog', { name: 'The patient’s hip' });
    await dialog.getByLabel('Seated internal rotation', { exact: true }).fill('14');
    await dialog.getByRole('button', { name: 'Ankle dorsiflexion (optional): less' }).tap();
    const ankle = Number(
      await dialog.getByLabel('Ankle dorsiflexion (optional)', { exact: true }).inputValue(),
    );
    expect(ankle).toBe(DEFAULT_STATE.ankleDorsiflexionDeg - 1);
    await dialog.getByRole('button', { name: 'Done' }).tap();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Patient’s hip' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const patient: PatientHip = { seatedIrDeg: 14, ankleDorsiflexionDeg: ankle };
    const steps = guidedSteps(patient);
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await page.getByRole('button', { name: 'Next' }).tap();
      await expectStep(page, patient, i);
      const tag = page.locator('.hipviz-tag.top-left');
      if (steps[i]!.id === 'typical')
        await expect(tag).toHaveText(/typical model hip, not an image of the patient’s hip/);
      else if (steps[i]!.id === 'train')
        await expect(tag).toHaveText(
          /model shaped by a seated rotation of 24°.*not an image of the patient’s hip/,
        );
      else
        await expect(tag).toHaveText(
          `A model shaped by the patient’s seated rotation of 14° and ankle bend of ${ankle}°, not an image of their hip`,
        );
    }
    // The address keeps the measurement, so a reload keeps it too.
    await expect(page).toHaveURL(/[?&]ir=24(&|$)/);
  });

  test('a "Present" link opens the presenter on that figure’s state, and Next starts the steps', async ({
    page,
  }) => {
    await page.goto('/viz/deep-tight/');
    await hydrated(page.locator('figure.hipviz'));
    const present = page.getByRole('link', { name: 'Present' });
    const href = await present.getAttribute('href');
    const shared = parseState(
      new URL(href!, 'http://x').search,
      DEFAULT_STATE,
      MODEL_VERSION,
    ).state;
    await present.click();
    await expect(page).toHaveURL(/\/clinic\/\?/);
    await hydrated(page.locator('figure.clinic-figure'));
    await expect(stepArea(page)).toHaveAttribute('data-step', 'brought');
    await expect(slider(page)).toHaveValue(String(shared.depth));
    const expected = readouts(solveHip(modelInput(shared)));
    await expect(page.locator('.clinic-readouts [data-readout="clearance"] dd')).toHaveText(
      expected.find((r) => r.id === 'clearance')!.value,
    );
    await page.getByRole('button', { name: 'Next' }).tap();
    await expectStep(page, NO_PATIENT, 0);

    // Exit goes back to the figure the clinician came from.
    await page.getByRole('link', { name: 'Exit' }).tap();
    await expect(page).toHaveURL(/\/viz\/deep-tight\//);
  });

  test('a measured hip in the link becomes the patient’s hip; without a referrer, Exit goes home', async ({
    page,
  }) => {
    await openClinic(page, `?depth=0.8&ir=15&v=${MODEL_VERSION}`);
    await expect(stepArea(page)).toHaveAttribute('data-step', 'brought');
    await expect(slider(page)).toHaveValue('0.8');
    await expect(page.locator('.hipviz-tag.top-left')).toHaveText(
      /shaped by the patient’s seated rotation of 15°/,
    );
    await page.getByRole('button', { name: 'Next' }).tap();
    await expectStep(page, { seatedIrDeg: 15, ankleDorsiflexionDeg: null }, 0);
    await page.getByRole('link', { name: 'Exit' }).tap();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('h1')).toHaveText('The hip in a deep squat');
  });

  test('a presentation clicker (Page Down / Page Up) moves the steps', async ({ page }) => {
    await openClinic(page);
    await page.keyboard.press('PageDown');
    await expectStep(page, NO_PATIENT, 1);
    await page.keyboard.press('PageUp');
    await expectStep(page, NO_PATIENT, 0);
  });

  test('the high-contrast theme is black on white and is remembered', async ({ page }) => {
    await openClinic(page);
    const root = page.locator('.clinic');
    await expect(root).toHaveAttribute('data-contrast', 'off');
    await page.getByRole('button', { name: 'High contrast' }).tap();
    await expect(root).toHaveAttribute('data-contrast', 'on');
    const colours = () =>
      root.evaluate((el) => ({
        bg: getComputedStyle(el).backgroundColor,
        text: getComputedStyle(el.querySelector('.clinic-step-sentence')!).color,
      }));
    expect(await colours()).toEqual({ bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    await page.reload();
    await hydrated(page.locator('figure.clinic-figure'));
    await expect(root).toHaveAttribute('data-contrast', 'on');
  });

  test('the slider moves the live picture', async ({ page }) => {
    const figure = await openClinic(page);
    await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
    const canvas = figure.locator('canvas');
    const before = await snap(canvas);
    await slider(page).focus();
    await page.keyboard.press('End');
    await expect(slider(page)).toHaveValue('1');
    await expect
      .poll(async () => {
        const after = await snap(canvas);
        let changed = 0;
        for (let i = 0; i < after.data.length; i += 4)
          if (Math.abs(after.data[i]! - before.data[i]!) > 30) changed += 1;
        return changed / (after.data.length / 4);
      })
      .toBeGreaterThan(0.02);
  });
});

test.describe('adding to the home screen', () => {
  test('Chrome offers its own install prompt, so no hint shows', async ({ page }) => {
    await openClinic(page);
    await page.waitForTimeout(300);
    await expect(page.getByTestId('install-hint')).toHaveCount(0);
  });

  test('without an install prompt (Safari on an iPad) the page says how, until dismissed', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>)['onbeforeinstallprompt'];
    });
    await openClinic(page);
    expect(await page.evaluate(() => 'onbeforeinstallprompt' in window)).toBe(false);
    const hint = page.getByTestId('install-hint');
    await expect(hint).toContainText('Add to Home Screen');
    await hint.getByRole('button', { name: 'Got it' }).click();
    await expect(hint).toHaveCount(0);
    await page.reload();
    await hydrated(page.locator('figure.clinic-figure'));
    await page.waitForTimeout(300);
    await expect(hint).toHaveCount(0);
  });
});

test.describe('the printed handout', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  const query = `?depth=0.9&ir=14&ankle=30&comp=0&v=${MODEL_VERSION}`;
  const state = parseState(query, DEFAULT_STATE, MODEL_VERSION).state;

  async function tick(page: Page, ids: string[]) {
    await page.getByRole('button', { name: 'Handout' }).click();
    const dialog = page.getByRole('dialog', { name: 'Handout' });
    for (const box of await dialog.getByRole('checkbox').all())
      await expect(box, 'no drill is chosen for the clinician').not.toBeChecked();
    for (const id of ids) await dialog.locator(`input[value="${id}"]`).check();
    return dialog;
  }

  async function pageCount(page: Page, format: 'A4' | 'Letter') {
    return (await PDFDocument.load(await page.pdf({ format }))).getPageCount();
  }

  test('"Print handout" prints one page on A4 and on Letter with the readouts, the ticked drills, the warning signs and a QR code of the view', async ({
    page,
    baseURL,
  }) => {
    await openClinic(page, query);
    await expect(slider(page)).toHaveValue('0.9');
    const dialog = await tick(page, ['ninety-ninety', 'goblet-hold']);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await dialog.getByRole('button', { name: 'Print handout' }).click();
    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    expect(await pageCount(page, 'A4')).toBe(1);
    expect(await pageCount(page, 'Letter')).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.clinic-handout');
    await expect(handout).toBeVisible();
    await expect(page.locator('.clinic-bar')).toBeHidden();
    await expect(page.locator('figure.clinic-figure')).toBeHidden();
    expect(await handout.locator('canvas').count()).toBe(0);
    await expect(handout.locator('.clinic-handout-joint svg path').first()).toBeAttached();
    await expect(handout).toContainText(
      'A model shaped by your seated rotation of 14° and ankle bend of 30°, not an image of your hip',
    );
    const expected = readouts(solveHip(modelInput(state)));
    for (const r of expected) {
      await expect(handout.locator(`[data-readout="${r.id}"] dt`)).toHaveText(r.label);
      await expect(handout.locator(`[data-readout="${r.id}"] dd`)).toHaveText(r.value);
    }
    await expect(handout.locator('[data-drill]')).toHaveText([
      new RegExp(DRILLS.find((d) => d.id === 'ninety-ninety')!.name),
      new RegExp(DRILLS.find((d) => d.id === 'goblet-hold')!.name),
    ]);
    await expect(handout.locator('.clinic-handout-warnings li')).toHaveText([...WARNING_SIGNS]);
    await expect(handout).toContainText('/articles/before-you-try/');

    const qr = handout.locator('.clinic-handout-qr');
    const pic = await snap(qr);
    const decoded = jsQR(new Uint8ClampedArray(pic.data), pic.width, pic.height);
    expect(decoded?.data).toBe(
      `${baseURL}/clinic/?${serializeState(state, null, MODEL_VERSION).toString()}`,
    );
  });

  test('the fullest handout (every drill, a hip that compensates) still fits one page', async ({
    page,
  }) => {
    await openClinic(page, `?depth=0.9&capsule=2&ankle=15&v=${MODEL_VERSION}`);
    const dialog = await tick(
      page,
      DRILLS.map((d) => d.id),
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await pageCount(page, 'A4')).toBe(1);
    expect(await pageCount(page, 'Letter')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.clinic-handout [data-drill]')).toHaveCount(DRILLS.length);
  });

  test('without ticks, the handout says no drills were chosen', async ({ page }) => {
    await openClinic(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.clinic-handout')).toContainText('No drills were chosen today.');
    await expect(page.locator('.clinic-handout [data-drill]')).toHaveCount(0);
  });
});

test('the web app manifest is valid: name, start URL, display, and icons of the sizes it states', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/clinic/', '/articles/deep-squat-hip-rotation/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/manifest.webmanifest',
    );
  }
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('The hip in a deep squat');
  expect(manifest.short_name.length).toBeLessThanOrEqual(15);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = new Set<string>();
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(icon.type).toBe('image/png');
    const png = PNG.sync.read(await file.body());
    expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
    sizes.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
  }
  expect(sizes).toContain('192x192 any');
  expect(sizes).toContain('512x512 any');
  expect(sizes).toContain('512x512 maskable');
  const apple = await request.get('/icons/apple-touch-icon.png');
  expect(PNG.sync.read(await apple.body()).width).toBe(180);
});
