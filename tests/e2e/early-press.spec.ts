import { part as episode1 } from '../../src/data/synopsis/metallic-rouge-episode-1.ts';
import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { expect, test, waitForHydration } from './fixtures.ts';

test('buttons pressed before the page hydrates take effect once it has, in order', async ({
  page,
}) => {
  // Hold React back, as a slow phone on a slow network would, while the pre-rendered page shows.
  let letReactIn: () => void = () => undefined;
  const reactHeld = new Promise<void>((resolve) => (letReactIn = resolve));
  await page.route('**/assets/hydrate-*.js', async (route) => {
    await reactHeld;
    await route.continue();
  });
  await page.goto('/');

  await page.getByRole('button', { name: 'Show the premise — mild spoilers' }).click();
  await page
    .getByRole('button', { name: 'Show what happens in episode 1 — strong spoilers' })
    .click();
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toHaveCount(0);

  letReactIn();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toBeVisible();
  await expect(page.getByText(episode1.paragraphs[0] ?? '')).toBeVisible();
});
