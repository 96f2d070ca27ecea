import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './guard';

for (const path of ['/viz/deep-tight/', '/viz/']) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('figure.hipviz').first()).toHaveAttribute('data-status', /live|poster|loading/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the figure tells a screen reader what the picture shows', async ({ page }) => {
  await page.goto('/viz/deep-tight/');
  const region = page.locator('figure.hipviz [aria-live="polite"]');
  await expect(region).toContainText('Hip bend');
  await expect(region).toContainText('In this model');
  await expect(region).toContainText(/touching|apart/);
});
