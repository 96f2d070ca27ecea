/**
 * Issue 15: a shared link opens on its poster (the model's own drawing, named, with a working
 * slider) and fetches no three.js until the reader touches the page; the 3D then takes the
 * poster's place without moving anything. A link that carries an orbit, which only the 3D
 * can show, starts the 3D at once.
 */
import type { Page, Request } from '@playwright/test';
import { test, expect, hydrated } from './guard';

const PHONE = { width: 390, height: 844 };
/** The 3D's own code: three.js (two chunks) and React Three Fiber. */
const THREE_CODE = /\/_astro\/(three|three-core|r3f)\.[\w-]+\.js$/;

/** Records every layout shift from the page's first paint (what CLS adds up). */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);

for (const { path, figure: selector } of [
  { path: '/viz/deep-tight/', figure: 'figure.hipviz' },
  { path: '/embed/deep-tight/', figure: 'figure.hipviz' },
  { path: '/clinic/', figure: 'figure.clinic-figure' },
]) {
  test(`${path} opens on its named drawing, with no 3D code fetched until a first touch; and nothing moves, at load or when the 3D takes its place`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    const fetched: string[] = [];
    page.on('request', (r: Request) => {
      if (THREE_CODE.test(r.url())) fetched.push(r.url());
    });
    await watchShifts(page);
    await page.goto(path);
    const figure = page.locator(selector);
    await hydrated(figure);
    // The poster is the model's drawing with its parts named, and it is what shows.
    await expect(figure.locator('.hipviz-joint svg').first()).toBeVisible();
    for (const name of [/ball/i, /socket/i, /capsule/i])
      await expect(figure.locator('.hipviz-label').filter({ hasText: name }).first()).toBeVisible();
    // Anything that would start by itself has started by now: the load event has fired, and an
    // intersection observer reports within the frames after it.
    await page.waitForLoadState('load');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await figure.getAttribute('data-status')).toBe('poster');
    expect(fetched, 'three.js or R3F fetched before any touch').toEqual([]);

    await watchShifts(page);
    await figure
      .locator('.hipviz-joint')
      .tap({ position: { x: 5, y: 5 } })
      .catch(async () => {
        // Without touch emulation a tap is refused; a click is the same first interaction.
        await figure.locator('.hipviz-joint').click({ position: { x: 5, y: 5 } });
      });
    await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
    expect(fetched.length).toBeGreaterThan(0);
    expect(
      await shifts(page),
      'layout shifts from first paint until the 3D replaced the poster',
    ).toEqual([]);
  });
}

test('a link with an orbit of its own starts the 3D without a touch (only the 3D can show that orbit)', async ({
  page,
}) => {
  await page.goto('/viz/deep-tight/?cam=40,20,1.2');
  await expect(page.locator('figure.hipviz')).toHaveAttribute('data-status', 'live', {
    timeout: 20_000,
  });
});

test('on a wide screen, where the numbers sit beside the picture, nothing moves as the page hydrates', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  await watchShifts(page);
  await page.goto('/viz/deep-tight/');
  const figure = page.locator('figure.hipviz');
  await hydrated(figure);
  await expect(figure.locator('details.hipviz-numbers')).toHaveAttribute('open', '');
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  expect(await shifts(page), 'layout shifts at load beside the picture').toEqual([]);
});
