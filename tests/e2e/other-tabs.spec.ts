import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { expect, test, waitForLive } from './fixtures.ts';
import { PREMIERE_MS, openAt } from './release-helpers.ts';

test('a choice made in one tab reaches the page already open in another', async ({
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForLive(page);

  const otherTab = await context.newPage();
  const otherTabProblems: string[] = [];
  otherTab.on('pageerror', (error) => otherTabProblems.push(error.message));
  otherTab.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) otherTabProblems.push(message.text());
  });
  await otherTab.emulateMedia({ colorScheme: 'dark' });
  await otherTab.goto('/');
  await waitForLive(otherTab);

  await otherTab.getByRole('button', { name: 'Show the premise — mild spoilers' }).click();
  await otherTab.getByRole('button', { name: 'Switch to light theme' }).click();

  await expect(page.getByText(premise.paragraphs[0] ?? '')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await otherTab.getByRole('button', { name: 'Hide the premise' }).click();
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toHaveCount(0);
  expect(otherTabProblems).toEqual([]);
});

test('pausing the countdown in one tab and resuming it in another resumes both', async ({
  page,
  context,
}) => {
  const threeDaysBefore = PREMIERE_MS - 3 * 86_400_000;
  await openAt(page, threeDaysBefore);
  // The fake clock belongs to the browser context: the second tab shares the paused time.
  const otherTab = await context.newPage();
  await otherTab.goto('/');
  await waitForLive(otherTab);

  await page.getByRole('button', { name: 'Pause the countdown' }).click();
  await expect(otherTab.getByRole('button', { name: 'Resume the countdown' })).toBeVisible();

  await otherTab.getByRole('button', { name: 'Resume the countdown' }).click();
  await expect(page.getByRole('button', { name: 'Pause the countdown' })).toBeVisible();
  await expect(page.getByText('Paused: the figures are not being updated.')).toHaveCount(0);
});
