import { expect, test } from './fixtures.ts';

test('the built page shows the show title as its only h1', async ({ page }) => {
  await page.goto('/');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveCount(1);
  await expect(title).toContainText('Metallic Rouge');
  await expect(page.getByRole('region', { name: /staff and cast/i })).toBeVisible();
});
