import { expect, test, waitForLive } from './fixtures.ts';

test('the story’s controls are one skip link away from the top of the page', async ({ page }) => {
  await page.goto('/');
  await waitForLive(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the release details' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const toStory = page.getByRole('link', { name: 'Skip to the story' });
  await expect(toStory).toBeFocused();
  await expect(toStory).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#story$/);
  // The page lands on the story, not somewhere above it.
  await expect(page.getByRole('heading', { name: 'Story', level: 2 })).toBeInViewport();
  // The next stop is inside the story section: its first control, not a source link above it.
  await page.keyboard.press('Tab');
  const focusedInStory = await page.evaluate(
    () => document.activeElement?.closest('#story') !== null,
  );
  expect(focusedInStory).toBe(true);
});

test('from the release details to the story, the sources cost one Tab stop per section', async ({
  page,
}) => {
  await page.goto('/');
  await waitForLive(page);
  // Start where a reader of the countdown would: the release section's heading.
  await page.getByRole('heading', { name: 'Release and broadcast', level: 2 }).click();
  const stops: string[] = [];
  while (stops.length < 40) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const focused = document.activeElement;
      if (focused?.closest('#story')) return null;
      return `${focused?.tagName.toLowerCase() ?? ''} “${focused?.textContent.trim() ?? ''}”`;
    });
    if (stop === null) break;
    stops.push(stop);
  }
  const summaries = stops.filter((stop) => stop.startsWith('summary'));
  expect(summaries).toEqual([
    expect.stringMatching(/^summary “All \d+ sources for “Release and broadcast”, as links”$/),
    expect.stringMatching(/^summary “All \d+ sources for “About the show”, as links”$/),
    expect.stringMatching(/^summary “All \d+ sources for “Staff and cast”, as links”$/),
  ]);
  expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(8);
});

for (const section of ['Release and broadcast', 'About the show', 'Staff and cast']) {
  test(`every source cited in “${section}” is in its list, one Tab stop each once opened`, async ({
    page,
  }) => {
    await page.goto('/');
    await waitForLive(page);
    const region = page.getByRole('region', { name: section });
    const list = region.getByRole('group').filter({ hasText: `sources for “${section}”` });
    const summary = list.locator('summary');
    const cited = await region
      .locator('a[href^="http"][tabindex="-1"]')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
    expect(cited.length).toBeGreaterThan(0);

    await summary.focus();
    await page.keyboard.press('Enter');
    const listed = list.getByRole('link');
    await expect(listed.first()).toBeVisible();
    const hrefs = await listed.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(new Set(hrefs).size, 'each source once').toBe(hrefs.length);
    expect(hrefs).toEqual(expect.arrayContaining(cited));
    await page.keyboard.press('Tab');
    await expect(listed.first()).toBeFocused();
  });
}
