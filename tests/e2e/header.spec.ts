/** The site header on a phone: the name, then the four doors on one row, each a real target. */
import { test, expect } from './guard';

for (const width of [320, 360, 390]) {
  test(`at ${width} px the header's four links share one row and are big enough to tap`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/articles/deep-squat-hip-rotation/');
    const links = page.getByRole('navigation', { name: 'Site' }).locator('.site-links a');
    await expect(links).toHaveCount(4);
    const boxes = await links.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: Math.round(r.top), right: r.right, height: r.height };
      }),
    );
    expect(new Set(boxes.map((b) => b.top)).size, 'rows of links').toBe(1);
    for (const b of boxes) {
      expect(b.right).toBeLessThanOrEqual(width);
      expect(b.height).toBeGreaterThanOrEqual(44);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
  });
}
