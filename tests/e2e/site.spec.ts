import { test, expect } from './guard';

test('the home page lists the articles in reading order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The hip in a deep squat');
  const links = page.locator('.article-list a');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThanOrEqual(1);
  await links.first().click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an article renders its title and text', async ({ page }) => {
    await page.goto('/articles/deep-squat-hip-rotation/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Deep squats and hip internal rotation',
    );
    await expect(page.locator('article p').filter({ hasText: 'hip' }).first()).toBeVisible();
  });
});

test('a missing page shows a helpful 404', async ({ page, problems }) => {
  const response = await page.goto('/this-page-does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
  await expect(page.getByRole('link', { name: 'list of articles' })).toHaveAttribute('href', '/');
  // The 404 itself is expected here; anything else is still a problem.
  const expected = problems.filter((p) => p.includes('404'));
  expect(expected.length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')));
});
