import { test, expect } from './guard';

/**
 * Follows every internal link from the home page and opens each page once, so that a page
 * nobody wrote a test for still fails on a console error, a failed request or a dead link.
 */
test('every page linked from the site opens cleanly', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(2);
});
