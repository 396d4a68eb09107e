import { expect, test, waitForHydration } from './fixtures.ts';

test('the story’s controls are one skip link away from the top of the page', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the release details' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const toStory = page.getByRole('link', { name: 'Skip to the story' });
  await expect(toStory).toBeFocused();
  await expect(toStory).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#story$/);
  // The next stop is inside the story section: its first control, not a source link above it.
  await page.keyboard.press('Tab');
  const focusedInStory = await page.evaluate(
    () => document.activeElement?.closest('#story') !== null,
  );
  expect(focusedInStory).toBe(true);
});
