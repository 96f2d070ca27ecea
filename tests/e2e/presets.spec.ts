/**
 * A typical hip, a cam hip and a pincer hip at full depth look different at a glance: the
 * canvases (labels hidden, the same view) differ in a visible share of their pixels, and each
 * shape names what sets it apart. Tested from the side and in the cutaway, where the bump and
 * the rim show; from the front at full depth a cam bump is pressed against the rim and shows
 * only in the close-up.
 */
import { test, expect } from './guard';
import { hideOverlays, openLive } from './figure';
import { changedFraction, snap, type Picture } from './pixels';

/** Share of the picture's pixels that must differ for two hips to count as looking different. */
const VISIBLY_DIFFERENT = 0.02;

for (const view of ['side', 'joint'] as const)
  test(`typical, cam and pincer hips differ visibly in the ${view} view`, async ({ page }) => {
    await page.setViewportSize({ width: 1180, height: 820 });
    const pictures: Record<string, Picture> = {};
    for (const preset of ['deep', 'cam', 'pincer']) {
      const figure = await openLive(page, `/viz/${preset}/?view=${view}&comp=off`);
      if (preset === 'cam') await expect(figure.locator('li[data-label="cam"]')).toBeVisible();
      if (preset === 'pincer')
        await expect(figure.locator('li[data-label="pincer"]')).toBeVisible();
      await hideOverlays(figure);
      const canvas = figure.locator('canvas');
      // Settled: two screenshots in a row agree.
      let last: Picture | null = null;
      await expect
        .poll(async () => {
          const now = await snap(canvas);
          const same = last !== null && changedFraction(last, now) === 0;
          last = now;
          return same;
        })
        .toBe(true);
      pictures[preset] = last!;
    }
    for (const [a, b] of [
      ['deep', 'cam'],
      ['deep', 'pincer'],
      ['cam', 'pincer'],
    ] as const)
      expect(changedFraction(pictures[a]!, pictures[b]!), `${a} vs ${b}`).toBeGreaterThan(
        VISIBLY_DIFFERENT,
      );
  });
