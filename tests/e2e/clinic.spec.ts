/**
 * Clinic mode on a tablet (and a phone): the guided steps by tap, swipe and clicker, the
 * patient's hip, large targets, dialogs whose actions are always in view, contrast in every
 * theme, the clinician's own sequence shared by link (and hostile ones refused calmly), the
 * teach-back by touch and by keyboard, and the printed handout (one page on A4 and on
 * Letter, the patient's own model hip, the goal apart, and a QR code that opens it).
 *
 * Every expectation reads the page; the model (imported from src/) says what the page must
 * show. No test waits for time: each waits for the page to say what it decided.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { test, expect, hydrated, wakeFigure } from './guard';
import { MODEL_VERSION, PRESETS, modelInput, readouts, solveHip } from './model';
import { snap } from './pixels';
import { compareStates } from '../../src/state/compare.ts';
import { sentence } from '../../src/state/describe.ts';
import { DEFAULT_STATE } from '../../src/state/figureState.ts';
import { DRILLS } from '../../src/state/drills.ts';
import { isTightCapsule } from '../../src/state/tightness.ts';
import { WARNING_TIERS } from '../../src/state/warningSigns.ts';
import { HANDOUT_PAIN_RULE, HIP_PAIN_RULE } from '../../src/state/drills.ts';
import { ONE_PAGE_DRILLS, PAPER_READOUTS } from '../../src/islands/clinic/paper.ts';
import { parseState, serializeState } from '../../src/state/url.ts';
import { NO_PATIENT, type PatientHip } from '../../src/islands/clinic/patient.ts';
import { guidedSteps } from '../../src/islands/clinic/steps.ts';
import {
  CLINIC_PAIRS,
  compareStepSentence,
  compareStepState,
} from '../../src/islands/clinic/compareStep.ts';
import { pinchOnsetDepth } from '../../src/islands/clinic/teachBack.ts';
import { readKneeToWall } from '../../src/state/kneeToWall.ts';

const TABLETS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
];
const PHONE = { width: 390, height: 844 };

/** The built-in steps, written out: the page must walk exactly these. */
const BUILT_IN = [
  'standing',
  'parallel',
  'deep',
  'typical',
  'tight',
  'pinch',
  'side-by-side',
  'butt-wink',
  'knee-flare',
  'train',
  'teach-back',
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
const nextButton = (page: Page) => page.getByRole('button', { name: 'Next', exact: true });
const previousButton = (page: Page) => page.getByRole('button', { name: 'Previous', exact: true });

/** The page shows this step: its id, title and sentence, its depth, and the model's readouts for its state. */
async function expectStep(page: Page, patient: PatientHip, index: number) {
  const step = guidedSteps(patient)[index]!;
  await expect(stepArea(page)).toHaveAttribute('data-step', step.id);
  await expect(page.locator('.clinic-step-title')).toHaveText(step.title);
  await expect(slider(page)).toHaveValue(String(step.state.depth));
  if (step.kind === 'teach-back') {
    await expect(page.locator('.clinic-teach')).toBeVisible();
    return;
  }
  await expect(page.locator('.clinic-step-sentence')).toHaveText(step.sentence);
  if (step.compare) {
    // Two hips: each one's room, from the model, in its own column.
    const [typical, other] = compareStates(step.compare, step.state).map((s) =>
      readouts(solveHip(modelInput(s))),
    );
    await expect(page.locator('.clinic-compare-hip')).toHaveCount(2);
    for (const id of ['clearance', 'rotation']) {
      const cells = page.locator(`.clinic-compare-readouts [data-readout="${id}"] td`);
      await expect(cells).toHaveText([
        typical!.find((r) => r.id === id)!.value,
        other!.find((r) => r.id === id)!.value,
      ]);
    }
    return;
  }
  const expected = readouts(solveHip(modelInput(step.state)));
  for (const id of ['flexion', 'clearance', 'rotation']) {
    await expect(page.locator(`.clinic-readouts [data-readout="${id}"] dd`)).toHaveText(
      expected.find((r) => r.id === id)!.value,
    );
  }
}

/** A real touch swipe (Chrome's touch input, so the page sees touch pointer events), centred on the target unless it says where to start. */
async function swipe(
  page: Page,
  target: Locator,
  dx: number,
  dy = 0,
  from?: { x: number; y: number },
) {
  const box = (await target.boundingBox())!;
  const x0 = from?.x ?? box.x + box.width / 2 - dx / 2;
  const y0 = from?.y ?? box.y + box.height / 2 - dy / 2;
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

/** Every visible interactive control's box (inside `scope`), with a name to say which one is too small. */
async function controlBoxes(page: Page, scope = 'body') {
  return page.evaluate((scope) => {
    const selector =
      'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelector(scope)!.querySelectorAll<HTMLElement>(selector)]
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
  }, scope);
}

async function expectLargeTargets(page: Page, scope = 'body') {
  const boxes = await controlBoxes(page, scope);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.width, `width of ${box.name}`).toBeGreaterThanOrEqual(44);
    expect(box.height, `height of ${box.name}`).toBeGreaterThanOrEqual(44);
  }
  return Math.min(...boxes.flatMap((b) => [b.width, b.height]));
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

/** The dialogs of the top bar: the button that opens each, and its title. */
const DIALOGS = [
  ['Patient’s hip', 'The patient’s hip'],
  ['Your steps', 'Your steps'],
  ['Handout', 'Handout'],
] as const;

/**
 * Each action of an open dialog can be tapped as it is: inside the screen and the dialog,
 * and the topmost thing at its centre (not hidden under the fold or behind other content).
 */
async function expectActionsInView(dialog: Locator) {
  const actions = dialog.locator('.clinic-dialog-actions button');
  expect(await actions.count()).toBeGreaterThan(0);
  for (const action of await actions.all()) {
    const seen = await action.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const d = el.closest('dialog')!.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = document.elementFromPoint(x, y);
      return {
        name: el.textContent?.trim(),
        onScreen: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
        inDialog: r.top >= d.top && r.bottom <= d.bottom,
        topmost: top === el || el.contains(top),
      };
    });
    expect(seen, `${seen.name}`).toEqual({
      name: seen.name,
      onScreen: true,
      inDialog: true,
      topmost: true,
    });
  }
}

for (const size of TABLETS) {
  test.describe(`on a ${size.width}×${size.height} tablet`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    // What the steps show does not depend on the screen: walked by tap and by swipe in one
    // orientation of each kind; the layout checks below run at every size.
    const walks = size === TABLETS[0] || size === TABLETS[3];

    if (walks)
      test('the guided steps move by taps, each setting the figure and saying one sentence', async ({
        page,
      }) => {
        const figure = await openClinic(page);
        await wakeFigure(figure);
        await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
        const shown: string[] = [];
        await expectStep(page, NO_PATIENT, 0);
        await expect(previousButton(page)).toBeDisabled();
        shown.push((await stepArea(page).getAttribute('data-step'))!);
        for (let i = 1; i < BUILT_IN.length; i++) {
          await nextButton(page).tap();
          await expectStep(page, NO_PATIENT, i);
          shown.push((await stepArea(page).getAttribute('data-step'))!);
          // The knee-flare step turns the body to face us; the picture follows.
          await expect(figure.locator('.hipviz-stage').first()).toHaveAttribute(
            'data-view',
            BUILT_IN[i] === 'knee-flare' ? 'front' : 'side',
          );
        }
        expect(shown).toEqual(BUILT_IN);
        await expect(nextButton(page)).toBeDisabled();
        await previousButton(page).tap();
        await expectStep(page, NO_PATIENT, BUILT_IN.length - 2);
      });

    if (walks)
      test('a swipe on the step moves it; a short or vertical drag does not', async ({ page }) => {
        await openClinic(page);
        await expectStep(page, NO_PATIENT, 0);
        await swipe(page, stepArea(page), -220);
        await expectStep(page, NO_PATIENT, 1);
        await swipe(page, stepArea(page), -220);
        await expectStep(page, NO_PATIENT, 2);
        await swipe(page, stepArea(page), 220);
        await expectStep(page, NO_PATIENT, 1);
        // Neither of these may move the step: the swipe after them lands exactly one step on.
        await swipe(page, stepArea(page), -30);
        await swipe(page, stepArea(page), -40, 120);
        await swipe(page, stepArea(page), -220);
        await expectStep(page, NO_PATIENT, 2);
      });

    test('every control is at least 44×44 px, the main ones 56, nothing scrolls sideways, and every dialog keeps its actions in view', async ({
      page,
    }) => {
      await openClinic(page);
      const smallest = [await expectLargeTargets(page)];
      expect(await noSidewaysScroll(page)).toBe(true);
      for (const button of [previousButton(page), nextButton(page)]) {
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(56);
      }
      expect((await slider(page).boundingBox())!.height).toBeGreaterThanOrEqual(56);
      // The slider's thumb is drawn 56 px wide.
      const thumb = await slider(page).evaluate(
        (el) => getComputedStyle(el, '::-webkit-slider-thumb').width,
      );
      expect(parseFloat(thumb)).toBeGreaterThanOrEqual(56);

      // On the last step, and in every dialog, too, whose actions and title stay in view
      // without scrolling (only the middle scrolls) and whose last action closes it.
      for (let i = 1; i < BUILT_IN.length; i++) await nextButton(page).tap();
      await expect(stepArea(page)).toHaveAttribute('data-step', 'teach-back');
      smallest.push(await expectLargeTargets(page));
      expect(await noSidewaysScroll(page)).toBe(true);
      for (const [open, title] of DIALOGS) {
        await page.getByRole('button', { name: open, exact: true }).tap();
        const dialog = page.getByRole('dialog', { name: title });
        await expect(dialog).toBeVisible();
        smallest.push(await expectLargeTargets(page, 'dialog[open]'));
        expect(await noSidewaysScroll(page)).toBe(true);
        await expectActionsInView(dialog);
        await expect(dialog.getByRole('heading', { name: title })).toBeInViewport();
        await dialog.locator('.clinic-dialog-actions button').last().tap();
        await expect(dialog).toBeHidden();
      }
      test.info().annotations.push({
        type: 'smallest target (px)',
        description: String(Math.min(...smallest)),
      });
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the presenter fits one screen: picture, step, slider, Previous and Next, no sideways scroll', async ({
    page,
  }) => {
    const figure = await openClinic(page);
    for (let i = 0; i < BUILT_IN.length; i++) {
      if (i > 0) await nextButton(page).tap();
      await expect(stepArea(page)).toHaveAttribute('data-step', BUILT_IN[i]!);
      for (const part of [
        page.locator('.clinic-step-title'),
        slider(page),
        previousButton(page),
        nextButton(page),
        page.getByRole('button', { name: 'Patient’s hip' }),
      ])
        await expect(part).toBeInViewport({ ratio: 1 });
      // Two hips side by side: each joint as tall as the one hip's must be.
      const joint = (await figure.locator('.hipviz-joint').last().boundingBox())!;
      expect(joint.height, BUILT_IN[i]).toBeGreaterThanOrEqual(180);
      expect(joint.y).toBeGreaterThanOrEqual(0);
      expect(await noSidewaysScroll(page)).toBe(true);
    }
    await expectLargeTargets(page);
    for (const [open, title] of DIALOGS) {
      await page.getByRole('button', { name: open, exact: true }).tap();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await expectActionsInView(dialog);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
});

/**
 * Contrast of every text the presenter shows, against what is behind it: colours from the
 * computed style, backgrounds composited up the tree (and opacity multiplied in). Text over
 * the live 3D is measured against its own backing and the pane's colour, which is the
 * scene's clear colour; disabled controls are exempt (WCAG 1.4.3).
 */
async function lowContrast(page: Page, scope: string) {
  return page.evaluate((scope) => {
    type C = [number, number, number, number];
    const parse = (css: string): C => {
      const n = css.match(/[\d.]+/g)!.map(Number);
      if (css.startsWith('color(srgb')) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
      return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
    };
    const over = (top: C, bottom: C): C => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: C) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element): C => {
      const layers: C[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reduceRight<C>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement)
        o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const root = document.querySelector(scope)!;
    const texts = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
      if (el.closest('svg, [hidden], .clinic-handout') || el.getClientRects().length === 0)
        return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest(':disabled')) return false;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      return own || el.matches('input:not([type=range]):not([type=checkbox]), textarea, select');
    });
    const failures: string[] = [];
    let measured = 0;
    let lowest = Infinity;
    const check = (el: Element, colour: string, what: string) => {
      const bg = background(el);
      const fg = parse(colour);
      const seen = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
      const [a, b] = [luminance(seen), luminance(bg)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      measured += 1;
      lowest = Math.min(lowest, ratio);
      if (ratio < 4.5) failures.push(`${ratio.toFixed(2)}:1 ${what}`);
    };
    for (const el of texts) {
      const label = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      check(el, getComputedStyle(el).color, label);
      if (
        el.matches('textarea[placeholder]:placeholder-shown, input[placeholder]:placeholder-shown')
      )
        check(el, getComputedStyle(el, '::placeholder').color, `placeholder of ${label}`);
    }
    return { failures, measured, lowest };
  }, scope);
}

test.describe('contrast', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const contrast of ['on', 'off'] as const) {
      test(`every text reads at 4.5:1 or more, ${colorScheme} mode, high contrast ${contrast}`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.addInitScript((c) => localStorage.setItem('clinic-contrast', c), contrast);
        await openClinic(page);
        await expect(page.locator('.clinic')).toHaveAttribute('data-contrast', contrast);
        let measured = 0;
        let lowest = Infinity;
        const sweep = async (scope: string, where: string) => {
          const r = await lowContrast(page, scope);
          expect(r.failures, where).toEqual([]);
          measured += r.measured;
          lowest = Math.min(lowest, r.lowest);
        };
        // The first step, the pinch (its contact label), the teach-back, and every dialog.
        await sweep('.clinic', 'first step');
        for (const id of ['pinch', 'teach-back']) {
          while ((await stepArea(page).getAttribute('data-step')) !== id)
            await nextButton(page).tap();
          if (id === 'pinch') await expect(page.getByTestId('contact-label')).toBeVisible();
          await sweep('.clinic', id);
        }
        await page.getByRole('button', { name: 'It starts to pinch here' }).tap();
        await expect(page.locator('.clinic-teach-feedback')).not.toBeEmpty();
        await sweep('.clinic', 'teach-back feedback');
        for (const [open, title] of DIALOGS) {
          await page.getByRole('button', { name: open, exact: true }).tap();
          await expect(page.getByRole('dialog', { name: title })).toBeVisible();
          await sweep('dialog[open]', title);
          await page.keyboard.press('Escape');
        }
        test.info().annotations.push({
          type: 'contrast',
          description: `${measured} texts, lowest ${lowest.toFixed(2)}:1`,
        });
      });
    }
  }
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('axe finds nothing on the teach-back, in each dialog, or with the step editor’s share panel open', async ({
    page,
  }) => {
    const axe = async (where: string, include?: string) => {
      const builder = new AxeBuilder({ page });
      const results = await (include ? builder.include(include) : builder).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
        where,
      ).toEqual([]);
    };
    await openClinic(page, '?at=11');
    await expect(stepArea(page)).toHaveAttribute('data-step', 'teach-back');
    await axe('teach-back');
    await page.getByRole('button', { name: 'It starts to pinch here' }).tap();
    await page.getByRole('button', { name: 'Next question' }).tap();
    await axe('a question');
    for (const [open, title] of DIALOGS) {
      await page.getByRole('button', { name: open, exact: true }).tap();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      if (title === 'Your steps') {
        await dialog.getByRole('button', { name: 'Share' }).tap();
        await expect(dialog.getByTestId('seq-share')).toBeVisible();
      }
      await axe(title, 'dialog[open]');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

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

    const patient: PatientHip = { ...NO_PATIENT, seatedIrDeg: 14, ankleDorsiflexionDeg: ankle };
    const steps = guidedSteps(patient);
    const tag = page.locator('.hipviz-tag.top-left');
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await nextButton(page).tap();
      await expectStep(page, patient, i);
      if (steps[i]!.id === 'typical')
        await expect(tag).toHaveText(/typical model hip, not an image of the patient’s hip/);
      else if (steps[i]!.id === 'side-by-side')
        await expect(tag).toHaveText([
          'A model hip, not the patient’s',
          `A model shaped by the patient’s seated rotation of 14° and ankle bend of ${ankle}°, not an image of their hip`,
        ]);
      else if (steps[i]!.id === 'train')
        await expect(tag).toHaveText(
          /^Goal: A model shaped by a seated rotation of 24°.*not an image of the patient’s hip/,
        );
      else
        await expect(tag).toHaveText(
          `A model shaped by the patient’s seated rotation of 14° and ankle bend of ${ankle}°, not an image of their hip`,
        );
    }
    // The address keeps the step and the numbers, so a reload comes back to them.
    await expect(page).toHaveURL(/[?&]at=11&ir=14&ankle=44&/);
    await page.reload();
    await hydrated(page.locator('figure.clinic-figure'));
    await expect(stepArea(page)).toHaveAttribute('data-step', 'teach-back');
    await expect(tag).toHaveText(/patient’s seated rotation of 14° and ankle bend of 44°/);
  });

  test('an imaging report’s alpha and centre-edge angles shape the model, each with a caution', async ({
    page,
  }) => {
    await openClinic(page);
    await page.getByRole('button', { name: 'Patient’s hip' }).tap();
    const dialog = page.getByRole('dialog', { name: 'The patient’s hip' });
    await dialog.getByLabel('Alpha angle', { exact: true }).fill('66');
    await dialog.getByLabel('Centre-edge angle', { exact: true }).fill('38');
    for (const name of ['Alpha angle', 'Centre-edge angle'])
      await expect(dialog.getByLabel(name, { exact: true })).toHaveAccessibleDescription(
        /not the patient’s hip/,
      );
    await dialog.getByRole('button', { name: 'Done' }).tap();
    const patient: PatientHip = { ...NO_PATIENT, alphaDeg: 66, lceDeg: 38 };
    await nextButton(page).tap();
    await nextButton(page).tap();
    await expectStep(page, patient, 2);
    await expect(page.locator('.hipviz-tag.top-left')).toHaveText(
      'A model shaped by the patient’s alpha angle of 66° and centre-edge angle of 38°, not an image of their hip',
    );
  });

  test('a knee-to-wall distance becomes the ankle bend, with its source, and a reload keeps both', async ({
    page,
  }) => {
    await openClinic(page);
    await page.getByRole('button', { name: 'Patient’s hip' }).tap();
    const dialog = page.getByRole('dialog', { name: 'The patient’s hip' });
    const distance = dialog.getByLabel('Knee-to-wall distance (optional)', { exact: true });
    await distance.fill('10');
    const degrees = readKneeToWall(10)!.dorsiflexionDeg;
    const ankle = dialog.getByLabel('Ankle dorsiflexion (optional)', { exact: true });
    await expect(ankle).toHaveValue(String(degrees));
    await expect(distance).toHaveAccessibleDescription(
      new RegExp(`About ${degrees}° of ankle bend.*Hall and Docherty 2017`),
    );
    await dialog.getByRole('button', { name: 'Done' }).tap();
    await expect(page.locator('.hipviz-tag.top-left')).toHaveText(
      `A model shaped by the patient’s ankle bend of ${degrees}°, not an image of their hip`,
    );
    await expect(page).toHaveURL(new RegExp(`[?&]ankle=${degrees}&.*ktw=10`));
    await page.reload();
    await hydrated(page.locator('figure.clinic-figure'));
    await page.getByRole('button', { name: 'Patient’s hip' }).tap();
    await expect(distance).toHaveValue('10');
    await expect(ankle).toHaveValue(String(degrees));
    // Degrees typed by hand are their own measurement: the distance is cleared.
    await ankle.fill('30');
    await expect(distance).toHaveValue('');
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
    await nextButton(page).tap();
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
    await nextButton(page).tap();
    await expectStep(page, { ...NO_PATIENT, seatedIrDeg: 15 }, 0);
    await page.getByRole('link', { name: 'Exit' }).tap();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('h1')).toHaveText('The hip in a deep squat');
  });

  test('a link whose every value was rejected starts the steps at step 1', async ({ page }) => {
    for (const query of ['?depth=abc', '?view=bogus', '?depth=abc&view=bogus&ir=%3Cb%3E']) {
      await openClinic(page, query);
      await expectStep(page, NO_PATIENT, 0);
      await expect(page.locator('.clinic-step-meta')).toHaveText('How deep · step 1 of 11');
      await expect(previousButton(page)).toBeDisabled();
    }
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
    await wakeFigure(figure);
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

/** What the page shows on each step of a sequence, walking it from step 1 with Next. */
async function walk(page: Page) {
  const seen: { id: string; title: string; sentence: string; depth: string; words: boolean }[] = [];
  const count = Number(
    (await page.locator('.clinic-step-meta').textContent())!.match(/of (\d+)/)![1],
  );
  for (let i = 0; i < count; i++) {
    if (i > 0) await nextButton(page).tap();
    await expect(stepArea(page)).toHaveAttribute('data-index', String(i));
    const id = (await stepArea(page).getAttribute('data-step'))!;
    seen.push({
      id,
      title: (await page.locator('.clinic-step-title').textContent())!,
      sentence:
        id === 'teach-back' ? '' : (await page.locator('.clinic-step-sentence').textContent())!,
      depth: await slider(page).inputValue(),
      words: await page.locator('.clinic-step-kind').isVisible(),
    });
  }
  await expect(nextButton(page)).toBeDisabled();
  return seen;
}

test.describe('two hips on one slider', () => {
  test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true });

  test('the side-by-side step draws both hips live, and its sentence and numbers follow the slider', async ({
    page,
  }) => {
    const i = BUILT_IN.indexOf('side-by-side');
    const figure = await openClinic(page, `?at=${i + 1}`);
    await expectStep(page, NO_PATIENT, i);
    const step = guidedSteps(NO_PATIENT)[i]!;
    await expect(page.locator('.clinic-compare-title')).toHaveText([
      'Typical hip',
      CLINIC_PAIRS[step.compare!].label,
    ]);
    // Once touched, both 3D views run, each in one of the page's live WebGL contexts, side by side.
    await wakeFigure(figure);
    await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
    await expect(figure.locator('canvas')).toHaveCount(2);
    const [left, right] = await figure
      .locator('.clinic-compare-hip')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width - 1);
    // Standing: the two hips' difference there, said and shown from the model.
    await slider(page).focus();
    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveValue('0');
    const standing = { ...step.state, depth: 0 };
    await expect(page.locator('.clinic-step-sentence')).toHaveText(
      compareStepSentence(step.compare!, standing, NO_PATIENT),
    );
    const [typical, other] = compareStates(step.compare!, standing).map((s) =>
      readouts(solveHip(modelInput(s))),
    );
    await expect(page.locator('.clinic-compare-readouts [data-readout="clearance"] td')).toHaveText(
      [
        typical!.find((r) => r.id === 'clearance')!.value,
        other!.find((r) => r.id === 'clearance')!.value,
      ],
    );
    // The next step is one hip again.
    await nextButton(page).tap();
    await expect(stepArea(page)).toHaveAttribute('data-step', BUILT_IN[i + 1]!);
    await expect(figure.locator('canvas')).toHaveCount(1, { timeout: 20_000 });
  });
});

test.describe('the clinician’s own sequence', () => {
  test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true });

  test('is chosen, ordered, trimmed and worded by touch, and its link and QR code reopen the same steps', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await openClinic(page);
    await page.getByRole('button', { name: 'Your steps' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Your steps' });
    const rows = dialog.locator('.clinic-seq-step');
    await expect(rows).toHaveCount(BUILT_IN.length);
    // Trim to standing, pinch and the teach-back.
    for (const id of [
      'parallel',
      'deep',
      'typical',
      'tight',
      'side-by-side',
      'butt-wink',
      'knee-flare',
      'train',
    ]) {
      const n =
        (await rows.evaluateAll(
          (els, id) => els.findIndex((e) => e.getAttribute('data-source') === id),
          id,
        )) + 1;
      await dialog.getByRole('button', { name: `Remove step ${n}`, exact: true }).tap();
    }
    // Add a cam-shaped model hip, move it before the teach-back, set its depth.
    await dialog.getByLabel('Add a step').selectOption('p-cam');
    await dialog.getByRole('button', { name: 'Add', exact: true }).tap();
    await dialog.getByRole('button', { name: 'Move step 4 up' }).tap();
    // And two hips on one slider, a typical one beside a deep socket, before the teach-back too.
    await dialog.getByLabel('Add a step').selectOption('c-typical-vs-pincer');
    await dialog.getByRole('button', { name: 'Add', exact: true }).tap();
    await dialog.getByRole('button', { name: 'Move step 5 up' }).tap();
    await expect(rows).toHaveCount(5);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))).toEqual([
      'standing',
      'pinch',
      'p-cam',
      'c-typical-vs-pincer',
      'teach-back',
    ]);
    await dialog.getByLabel(/^Depth of step 3/).fill('80');
    await expect(dialog.getByLabel(/^Depth of step 3/)).toHaveValue('80');
    // The clinician's own words for the pinch: line breaks and extra spaces are tidied.
    await dialog.getByLabel(/^Sentence of step 2/).fill('Here is the pinch\n  we talked about.');
    await dialog.getByRole('button', { name: 'Use these steps' }).tap();
    await expect(dialog).toBeHidden();

    await expect(page.locator('.clinic-step-meta')).toHaveText('Your sequence · step 1 of 5');
    await expect(page.getByRole('button', { name: 'Your steps' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const camState = { ...PRESETS.cam.state, depth: 0.8, camera: null };
    const camHip = solveHip(modelInput(camState));
    const expected = [
      { id: 'standing', title: 'Standing', depth: '0', words: false },
      { id: 'pinch', title: 'The pinch', depth: '1', words: true },
      { id: 'p-cam', title: PRESETS.cam.title, depth: '0.8', words: false },
      {
        id: 'c-typical-vs-pincer',
        title: CLINIC_PAIRS['typical-vs-pincer'].title,
        depth: '1',
        words: false,
      },
      { id: 'teach-back', title: 'Show me what you understood', depth: '0', words: false },
    ];
    const first = await walk(page);
    expect(first.map(({ id, title, depth, words }) => ({ id, title, depth, words }))).toEqual(
      expected,
    );
    expect(first[1]!.sentence).toBe('Here is the pinch we talked about.');
    expect(first[2]!.sentence).toBe(
      sentence(camHip, isTightCapsule(camHip.posteriorCapsuleTightness)),
    );
    expect(first[3]!.sentence).toBe(
      compareStepSentence('typical-vs-pincer', compareStepState(NO_PATIENT, 1), NO_PATIENT),
    );

    // A reload comes back to the same step of the same sequence, both hips and all.
    await previousButton(page).tap();
    await expect(stepArea(page)).toHaveAttribute('data-step', 'c-typical-vs-pincer');
    await page.reload();
    await hydrated(page.locator('figure.clinic-figure'));
    await expect(stepArea(page)).toHaveAttribute('data-step', 'c-typical-vs-pincer');
    await expect(page.locator('.clinic-step-meta')).toHaveText('Your sequence · step 4 of 5');
    await expect(page.locator('.clinic-compare-title')).toHaveText([
      'Typical hip',
      CLINIC_PAIRS['typical-vs-pincer'].label,
    ]);

    // Share: a link and a QR code that says the same link.
    await page.getByRole('button', { name: 'Your steps' }).tap();
    const again = page.getByRole('dialog', { name: 'Your steps' });
    await again.getByRole('button', { name: 'Share' }).tap();
    const link = await again.getByLabel('Link to these steps').inputValue();
    // Two hips on one slider need format 2 (an older cached site then says "newer", not "broken").
    expect(link).toMatch(/\/clinic\/\?seq=2&step=/);
    expect(link, 'the link carries no patient numbers').not.toMatch(/[?&](ir|at|ankle|alpha|lce)=/);
    const qr = await snap(again.locator('.clinic-seq-qr'));
    expect(jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height)?.data).toBe(link);

    const other = await context.newPage();
    await other.goto(link);
    await hydrated(other.locator('figure.clinic-figure'));
    await expect(other.locator('.clinic')).toHaveAttribute('data-ready', 'true');
    await expect(other.getByTestId('step-area')).toHaveAttribute('data-step', 'standing');
    expect(await walk(other)).toEqual(first);
  });

  test('a hostile or broken sequence link falls back to the usual steps, calmly', async ({
    page,
  }) => {
    test.setTimeout(150_000); // a dozen page loads
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    const hostile = [
      '?seq=1&step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '?seq=1&step=deep**evil%E2%80%AEtxt',
      '?seq=1&step=deep**two%0Alines',
      '?seq=1&step=__proto__',
      '?seq=1&step=deep*150',
      `?seq=1&step=deep**${'a'.repeat(161)}`,
      `?seq=1${'&step=deep'.repeat(17)}`,
      `?seq=1&step=${'x'.repeat(5000)}`,
      '?seq=99&step=deep',
      '?seq=abc&step=deep',
      '?step=deep',
    ];
    for (const query of hostile) {
      await openClinic(page, query);
      await expectStep(page, NO_PATIENT, 0);
      await expect(page.locator('.clinic-step-meta'), query).toHaveText('How deep · step 1 of 11');
      await expect(page.getByTestId('sequence-problem'), query).toHaveText(
        /^The sequence in this link (could not be read|is longer than this site accepts|was made by a newer version of this site), so the usual steps are shown\.$/,
      );
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    // Markup in a sentence is only text.
    await openClinic(
      page,
      '?seq=1&step=deep**%3Cb%3Ebold%3C%2Fb%3E+%3Cscript%3Ex()%3C%2Fscript%3E',
    );
    await expect(page.locator('.clinic-step-sentence')).toHaveText(
      '<b>bold</b> <script>x()</script>',
    );
    await expect(page.locator('.clinic-step-sentence b')).toHaveCount(0);
  });
});

test.describe('teach-back', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
  const step = guidedSteps(NO_PATIENT).find((s) => s.id === 'teach-back')!;
  const onset = pinchOnsetDepth(step.state)!;

  const toTeachBack = async (page: Page) => {
    await openClinic(page, '?at=11');
    await expect(stepArea(page)).toHaveAttribute('data-step', 'teach-back');
    await expect(page.getByText('Nothing here is saved or sent anywhere')).toBeVisible();
  };

  test('works by touch: the slider to the pinch, two answers, kind words, and it can go on the handout', async ({
    page,
  }) => {
    await toTeachBack(page);
    const teach = page.locator('.clinic-teach');
    // Too early first: kind words, and a hint to go deeper.
    await page.getByRole('button', { name: 'It starts to pinch here' }).tap();
    await expect(teach.getByRole('status').first()).toHaveText(/^Nearly: .*Try a little deeper/);
    // A finger drags the thumb from standing to where the pinch starts.
    const box = (await slider(page).boundingBox())!;
    const thumb = 56;
    const x = (depth: number) => box.x + thumb / 2 + (box.width - thumb) * depth;
    await swipe(page, slider(page), x(onset) - x(0), 0, { x: x(0), y: box.y + box.height / 2 });
    await expect
      .poll(async () => Math.abs(Number(await slider(page).inputValue()) - onset))
      .toBeLessThanOrEqual(0.03);
    await page.getByRole('button', { name: 'It starts to pinch here' }).tap();
    await expect(teach.getByRole('status').first()).toHaveText(
      /^Yes: this is where the neck first meets the rim/,
    );
    await page.getByRole('button', { name: 'Next question' }).tap();
    await page.getByRole('button', { name: 'Because the back muscles are weak' }).tap();
    await expect(teach.getByRole('status').first()).toHaveText(
      /^A common idea, but not what this model shows.*find room the hip runs out of\.$/,
    );
    await page
      .getByRole('button', { name: 'To find room the hip runs out of at the bottom' })
      .tap();
    await expect(teach.getByRole('status').first()).toHaveText(/^Yes: /);
    await page.getByRole('button', { name: 'Next question' }).tap();
    await page.getByRole('button', { name: /^More inward roll at the hip/ }).tap();
    await page.getByRole('button', { name: 'Finish' }).tap();
    await expect(teach).toHaveAttribute('data-part', 'done');

    await page.getByRole('button', { name: 'Handout' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Handout' });
    const add = dialog.getByRole('checkbox', { name: /Add the teach-back/ });
    await expect(add).not.toBeChecked();
    await add.check();
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('handout-teach-back').locator('span')).toHaveText([
      /^You found where the model hip starts to pinch: at about \d+° of hip bend\.$/,
      /To find room the hip runs out of at the bottom \(your answer\)\.$/,
      /More inward roll at the hip, and more ankle bend \(your answer\)\.$/,
    ]);
    expect(
      await PDFDocument.load(await page.pdf({ format: 'A4' })).then((d) => d.getPageCount()),
    ).toBe(1);
  });

  test('works by keyboard alone', async ({ page }) => {
    // Some sixty arrow presses, each one a solve and a software-WebGL frame: 18 s alone, and
    // past 45 s on a loaded two-core machine.
    test.setTimeout(90_000);
    await toTeachBack(page);
    const teach = page.locator('.clinic-teach');
    await slider(page).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < Math.round(onset * 100); i++) await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveValue(String(onset));
    // Back up the page to the teach-back's button, as a keyboard user would.
    await page.keyboard.press('Shift+Tab');
    await expect(previousButton(page)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'It starts to pinch here' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(teach.getByRole('status').first()).toHaveText(/^Yes: /);
    for (const [question, answer] of [
      [/why does the pelvis tuck under/, 'To keep the knees behind the toes'],
      [/What will we train/, 'Never squatting deep again'],
    ] as const) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /Next question|Finish/ })).toBeFocused();
      await page.keyboard.press('Enter');
      // The new question takes the focus, and its answers follow in order.
      await expect(page.getByRole('heading', { name: question })).toBeFocused();
      const choice = page.getByRole('button', { name: answer });
      for (let i = 0; i < 3 && !(await choice.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(choice).toBeFocused();
      await page.keyboard.press('Space');
      await expect(choice).toHaveAttribute('aria-pressed', 'true');
      await expect(teach.getByRole('status').first()).toHaveText(/^(?!Yes).+/);
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(teach).toHaveAttribute('data-part', 'done');
  });
});

test.describe('adding to the home screen', () => {
  test('Chrome offers its own install prompt, so no hint shows', async ({ page }) => {
    await openClinic(page);
    // The hint has decided: Chrome will offer its own prompt, so it shows nothing.
    await expect(page.locator('[data-install]')).toHaveAttribute('data-install', 'awaiting-prompt');
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
    await expect(page.locator('[data-install]')).toHaveAttribute('data-install', 'dismissed');
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
    for (const box of await dialog.locator('input[name="drill"]').all())
      await expect(box, 'no drill is chosen for the clinician').not.toBeChecked();
    for (const id of ids) await dialog.locator(`input[value="${id}"]`).check();
    return dialog;
  }

  async function pageCount(page: Page, format: 'A4' | 'Letter') {
    return (await PDFDocument.load(await page.pdf({ format }))).getPageCount();
  }

  /** The body figure and the joint both sit inside the picture's frame. */
  async function expectInsideFrame(page: Page) {
    const frame = (await page.getByTestId('handout-picture').boundingBox())!;
    for (const part of ['.clinic-handout-joint > svg', '.clinic-handout-body > svg']) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.x, part).toBeGreaterThanOrEqual(frame.x);
      expect(box.y, part).toBeGreaterThanOrEqual(frame.y);
      expect(box.x + box.width, part).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(box.y + box.height, part).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    }
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
    await expectInsideFrame(page);
    await expect(handout).toContainText(
      'A model shaped by your seated rotation of 14° and ankle bend of 30°, not an image of your hip',
    );
    const expected = readouts(solveHip(modelInput(state))).filter((r) =>
      PAPER_READOUTS.includes(r.id),
    );
    const printed = page.getByTestId('handout-readouts');
    await expect(printed.locator('[data-readout]')).toHaveCount(PAPER_READOUTS.length);
    for (const r of expected) {
      await expect(printed.locator(`[data-readout="${r.id}"] dt`)).toHaveText(r.label);
      await expect(printed.locator(`[data-readout="${r.id}"] dd`)).toHaveText(r.value);
    }
    await expect(handout.locator('[data-drill]')).toHaveText([
      new RegExp(DRILLS.find((d) => d.id === 'ninety-ninety')!.name),
      new RegExp(DRILLS.find((d) => d.id === 'goblet-hold')!.name),
    ]);
    // Each drill with its dose and when to stop; the pain rules and the warning signs by urgency.
    for (const id of ['ninety-ninety', 'goblet-hold']) {
      const d = DRILLS.find((x) => x.id === id)!;
      await expect(handout.locator(`[data-drill="${id}"]`)).toContainText(d.dose);
      await expect(handout.locator(`[data-drill="${id}"]`)).toContainText(`Stop if ${d.stopIf}`);
    }
    await expect(page.getByTestId('handout-pain-rules').locator('p')).toHaveText([
      HIP_PAIN_RULE,
      ...HANDOUT_PAIN_RULE,
    ]);
    const tiers = handout.locator('.clinic-handout-tier');
    await expect(tiers).toHaveCount(WARNING_TIERS.length);
    for (const [i, tier] of WARNING_TIERS.entries())
      await expect(tiers.nth(i)).toHaveText(`${tier.label}: ${tier.signs.join(' ')}`);
    await expect(handout).toContainText('/articles/before-you-try/');

    const qr = handout.locator('.clinic-handout-qr');
    const pic = await snap(qr);
    const decoded = jsQR(new Uint8ClampedArray(pic.data), pic.width, pic.height);
    expect(decoded?.data).toBe(
      `${baseURL}/clinic/?${serializeState(state, null, MODEL_VERSION).toString()}`,
    );
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`on the goal step, the ${format} handout shows the patient’s own hip, and the goal apart, labelled as a goal`, async ({
      page,
    }) => {
      const patient: PatientHip = { ...NO_PATIENT, seatedIrDeg: 28 };
      await openClinic(page);
      await page.getByRole('button', { name: 'Patient’s hip' }).click();
      const entry = page.getByRole('dialog', { name: 'The patient’s hip' });
      await entry.getByLabel('Seated internal rotation', { exact: true }).fill('28');
      await entry.getByRole('button', { name: 'Done' }).click();
      while ((await stepArea(page).getAttribute('data-step')) !== 'train')
        await nextButton(page).click();
      await expect(page.locator('.hipviz-tag.top-left')).toHaveText(
        /^Goal: .*seated rotation of 34°/,
      );
      const goalStep = guidedSteps(patient).find((s) => s.id === 'train')!;

      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('.clinic-handout');
      await expect(handout.locator('.clinic-handout-tag')).toContainText(
        'A model shaped by your seated rotation of 28°, not an image of your hip',
      );
      await expect(handout.locator('.clinic-handout-tag')).not.toContainText('34°');
      const own = {
        ...DEFAULT_STATE,
        seatedIrDeg: 28,
        depth: goalStep.state.depth,
        compensate: goalStep.state.compensate,
      };
      const ownReadouts = readouts(solveHip(modelInput(own))).filter((r) =>
        PAPER_READOUTS.includes(r.id),
      );
      for (const r of ownReadouts)
        await expect(
          page.getByTestId('handout-readouts').locator(`[data-readout="${r.id}"] dd`),
        ).toHaveText(r.value);
      const goal = page.getByTestId('handout-goal');
      await expect(goal.getByRole('heading')).toHaveText(
        'Goal: a direction to work in, not a promise',
      );
      await expect(goal).toContainText('34° instead of the 28° measured today');
      const goalReadouts = readouts(solveHip(modelInput(goalStep.state)));
      await expect(goal.locator('[data-readout="rotation"] dd')).toHaveText(
        goalReadouts.find((r) => r.id === 'rotation')!.value,
      );
      await expectInsideFrame(page);
      expect(await pageCount(page, format)).toBe(1);
    });
  }

  for (const [count, pages] of [
    [ONE_PAGE_DRILLS, 1],
    [DRILLS.length, 2],
  ] as const) {
    test(`with ${count} drills, a goal and the teach-back, the handout takes ${pages} page${pages > 1 ? 's' : ''} on A4 and on Letter, the warning signs first`, async ({
      page,
    }) => {
      await openClinic(page, `?at=11&ir=12&ankle=15&alpha=70&v=${MODEL_VERSION}`);
      await expect(stepArea(page)).toHaveAttribute('data-step', 'teach-back');
      await page.getByRole('button', { name: 'It starts to pinch here' }).click();
      for (const answer of [
        'Because the back muscles are weak',
        'Pushing down into the pinch until it goes away',
      ]) {
        await page.getByRole('button', { name: /Next question/ }).click();
        await page.getByRole('button', { name: answer }).click();
      }
      await previousButton(page).click();
      const dialog = await tick(
        page,
        DRILLS.slice(0, count).map((d) => d.id),
      );
      await expect(dialog.getByTestId('two-pages')).toHaveCount(pages > 1 ? 1 : 0);
      await dialog.getByRole('checkbox', { name: /Add the teach-back/ }).check();
      await dialog.getByRole('button', { name: 'Close' }).click();
      expect(await pageCount(page, 'A4')).toBe(pages);
      expect(await pageCount(page, 'Letter')).toBe(pages);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.clinic-handout [data-drill]')).toHaveCount(count);
      await expect(page.getByTestId('handout-goal')).toBeVisible();
      await expect(page.getByTestId('handout-teach-back')).toContainText('What we went over:');
      // The warning signs come before the drills and are never split across pages.
      const order = await page.evaluate(() => {
        const signs = document.querySelector('.clinic-handout-lists')!;
        const plan = document.querySelector('.clinic-handout-plan')!;
        return {
          first: Boolean(signs.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING),
          whole: getComputedStyle(signs).breakInside,
        };
      });
      expect(order).toEqual({ first: true, whole: 'avoid' });
    });
  }

  test('without ticks, the handout says no drills were chosen', async ({ page }) => {
    await openClinic(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.clinic-handout')).toContainText('No drills were chosen today.');
    await expect(page.locator('.clinic-handout [data-drill]')).toHaveCount(0);
    await expect(page.getByTestId('handout-goal')).toHaveCount(0);
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
