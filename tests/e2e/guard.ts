/**
 * A test fixture that fails a test on any console error, uncaught page error or failed
 * request: a reader never sees these, so the tests must.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        // Leaving a page cancels what it was still loading: the browser's doing, not a fault.
        const error = req.failure()?.errorText ?? '';
        if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${error}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the Astro island holding `inside` has hydrated (Astro drops its `ssr` attribute then). */
export async function hydrated(inside: import('@playwright/test').Locator): Promise<void> {
  await expect(inside.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', /.*/, {
    timeout: 20_000,
  });
}

/**
 * A permalink, embed or presenter page shows its poster and starts the 3D at the reader's
 * first touch, click or key anywhere on the page: waits for the island holding `figure` to
 * hydrate, then presses Shift (a key that changes nothing else).
 */
export async function wakeFigure(figure: import('@playwright/test').Locator): Promise<void> {
  await hydrated(figure);
  await figure.page().keyboard.press('Shift');
}
