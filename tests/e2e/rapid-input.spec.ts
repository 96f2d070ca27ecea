/**
 * Slider keys faster than a frame (a presentation clicker, a held key, a fast drag): the
 * figure must take every press, end where the presses say, and throw nothing. Before the
 * fix, 500 alternating presses 5 ms apart raised React's "Maximum update depth exceeded"
 * (#185) a few times and lost some presses.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, hydrated, wakeFigure } from './guard';

// The eased path (a transition per jump, a state per frame) is what these checks are about.
test.use({ reducedMotion: 'no-preference' });

const PRESSES = 500;
const APART_MS = 5;

const KEYS = {
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', windowsVirtualKeyCode: 37 },
};

/**
 * Presses ArrowRight and ArrowLeft in turn, one every APART_MS, straight through the
 * DevTools protocol and without waiting for the page between presses, as a clicker or a
 * held key delivers them: Playwright's own `press` waits for each key to be handled, which
 * on a software-drawn page spaces them out by a frame or more. The pacing is the input
 * under test, not a wait for the page.
 */
async function alternate(page: Page, slider: Locator) {
  await slider.focus();
  const cdp = await page.context().newCDPSession(page);
  const sent: Promise<unknown>[] = [];
  const start = Date.now();
  for (let i = 0; i < PRESSES; i++) {
    const due = start + i * APART_MS;
    const early = due - Date.now();
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    const key = KEYS[i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'];
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
  }
  await Promise.all(sent);
  await cdp.detach();
}

/** Makes the page believe it has no WebGL, as a locked-down device would. */
async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      id: string,
      options?: unknown,
    ) {
      return /webgl/i.test(id) ? null : getContext.call(this, id, options);
    } as typeof getContext;
  });
}

const PAGES = [
  { path: '/viz/deep/?depth=0.5', webgl: true },
  { path: '/embed/deep/?depth=0.5', webgl: true },
  { path: '/clinic/?depth=0.5', webgl: true },
  { path: '/viz/deep/?depth=0.5', webgl: false },
];

for (const { path, webgl } of PAGES) {
  test(`${PRESSES} alternating slider keys ${APART_MS} ms apart on ${path} ${webgl ? 'in 3D' : 'without WebGL'}: every one counts, nothing throws`, async ({
    page,
  }) => {
    if (!webgl) await withoutWebGL(page);
    await page.goto(path);
    const figure = page.locator('figure.hipviz').first();
    await wakeFigure(figure);
    // The figure at its busiest: the 3D drawn (or the poster, without WebGL) for every key.
    await expect(figure).toHaveAttribute('data-status', webgl ? 'live' : 'no-webgl', {
      timeout: 20_000,
    });
    const slider = page.getByRole('slider', { name: /squat depth/i }).first();
    await hydrated(slider);
    await expect(slider).toHaveValue('0.5');
    await alternate(page, slider);
    await expect(slider).toHaveValue('0.5');
    // The state itself, not only the input, ends where the presses say: the address follows it.
    await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe('0.5');
  });
}
