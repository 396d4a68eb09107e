import { part as episode1 } from '../../src/data/synopsis/metallic-rouge-episode-1.ts';
import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { BASE_PORT } from '../../playwright.config.ts';
import { expectAxeClean } from './axe.ts';
import {
  allowFailedDownloads,
  blockStorage,
  expect,
  holdAppScript,
  pageSettled,
  recordResponses,
  story,
  tabTo,
  test,
  waitForLive,
} from './fixtures.ts';

const PREMISE_BUTTON = 'Show the premise — mild spoilers';
const EPISODE_BUTTON = 'Show what happens in episode 1 — strong spoilers';
const STORAGE_KEY = 'metallic-rouge:spoilers';
/** Words only the story uses, and every sentence of it: none may reach the browser before consent. */
const STORY_FRAGMENTS = [
  'Immortal Nine',
  'Canal City',
  'Panacea',
  'Nectar',
  'Neans',
  ...premise.paragraphs,
  ...episode1.paragraphs,
];

function storyIn(text: string): string[] {
  return STORY_FRAGMENTS.filter((fragment) => text.includes(fragment));
}

test('before consent, no response, no DOM and no accessibility tree contains the story', async ({
  page,
}) => {
  const responses = recordResponses(page);
  await page.goto('/');
  await waitForLive(page);
  await pageSettled(page);
  await expect(story(page).getByRole('button', { name: PREMISE_BUTTON })).toBeVisible();

  expect(storyIn(await page.evaluate(() => document.documentElement.outerHTML))).toEqual([]);
  expect(storyIn(await page.locator('body').ariaSnapshot())).toEqual([]);
  // The page, its script, and whatever else it asked for.
  expect(responses.length).toBeGreaterThanOrEqual(2);
  for (const { url, body } of responses) {
    expect(storyIn(await body), url).toEqual([]);
  }
  // What a visitor can select and copy, and what find-in-page searches.
  expect(storyIn(await page.locator('body').innerText())).toEqual([]);

  await expectAxeClean(page, { within: '#story' });
});

test('reveals with the keyboard alone, announces the text, and only then downloads it', async ({
  page,
}) => {
  const responses = recordResponses(page);
  await page.goto('/');
  await waitForLive(page);

  await tabTo(page, page.getByRole('button', { name: PREMISE_BUTTON, exact: true }));
  await page.keyboard.press('Enter');
  const premiseButton = story(page).getByRole('button', { name: 'Hide the premise' });
  await expect(premiseButton).toBeFocused();
  await expect(premiseButton).toHaveAttribute('aria-expanded', 'true');
  const live = page.locator('#story-premise[aria-live="polite"]');
  await expect(live).toContainText(premise.paragraphs[0] ?? '');
  await expect(story(page).getByRole('heading', { name: 'The premise' })).toBeVisible();
  // The stronger level is still neither shown nor downloaded.
  expect(storyIn(await page.locator('body').innerText())).not.toContain('Canal City');
  const downloaded = await Promise.all(responses.map(({ body }) => body));
  expect(downloaded.some((body) => body.includes('Canal City'))).toBe(false);

  await tabTo(page, page.getByRole('button', { name: EPISODE_BUTTON, exact: true }));
  await page.keyboard.press('Space');
  await expect(story(page).getByRole('heading', { name: 'Episode 1', exact: true })).toBeVisible();
  await expect(
    story(page).getByRole('button', { name: 'Hide what happens in episode 1' }),
  ).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(story(page).getByRole('button', { name: EPISODE_BUTTON })).toBeFocused();
  await expect(story(page).getByText('Canal City', { exact: false })).toHaveCount(0);

  await expectAxeClean(page, { within: '#story' });
});

test('the switch shows everything and hides it again, with focus kept on it', async ({ page }) => {
  await page.goto('/');
  await waitForLive(page);
  await tabTo(page, page.getByRole('switch', { name: 'Show all spoilers', exact: true }));
  const all = page.getByRole('switch', { name: 'Show all spoilers' });

  await page.keyboard.press('Space');
  await expect(all).toBeChecked();
  await expect(all).toBeFocused();
  await expect(story(page).getByRole('heading', { name: 'The premise' })).toBeVisible();
  await expect(story(page).getByRole('heading', { name: 'Episode 1', exact: true })).toBeVisible();

  await page.keyboard.press('Space');
  await expect(all).not.toBeChecked();
  await expect(all).toBeFocused();
  expect(storyIn(await page.locator('body').innerText())).toEqual([]);
});

test('the revealed story passes axe in the dark scheme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?spoilers=show');
  await waitForLive(page);
  await expect(story(page).getByRole('heading', { name: 'Episode 1', exact: true })).toBeVisible();
  await expectAxeClean(page, { within: '#story' });
});

test('a reload keeps the choice, and the first paint already hides the closed button', async ({
  page,
}) => {
  await page.goto('/');
  await waitForLive(page);
  await story(page).getByRole('button', { name: PREMISE_BUTTON }).click();
  await expect(story(page).getByRole('heading', { name: 'The premise' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('premise');

  // Hold the app's script back, to see the page exactly as it is painted before it is live.
  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-spoilers', 'premise');
  // One placeholder, where the premise's closed button would be; that button is not painted.
  await expect(story(page).getByText('Loading the story…').filter({ visible: true })).toHaveCount(
    1,
  );
  await expect(story(page).getByRole('button', { name: PREMISE_BUTTON })).toBeHidden();
  // The other level was not chosen, so its closed button is painted as usual.
  await expect(story(page).getByRole('button', { name: EPISODE_BUTTON })).toBeVisible();

  release();
  await waitForLive(page);
  await expect(story(page).getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(story(page).getByRole('heading', { name: 'The premise' })).toBeVisible();
  await expect(story(page).getByText('Loading the story…')).toHaveCount(0);
  await expect(story(page).getByRole('button', { name: EPISODE_BUTTON })).toBeVisible();
});

test('?spoilers=show opens everything for the visit without storing it', async ({ page }) => {
  await page.goto('/?spoilers=show');
  await waitForLive(page);
  await expect(page.getByRole('switch', { name: 'Show all spoilers' })).toBeChecked();
  await expect(story(page).getByRole('heading', { name: 'Episode 1', exact: true })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

  await page.goto('/');
  await waitForLive(page);
  await expect(story(page).getByRole('button', { name: PREMISE_BUTTON })).toBeVisible();
});

test.describe('with storage blocked', () => {
  test.beforeEach(({ page }) => blockStorage(page));

  test('the gate works for the visit and says the choice is not kept', async ({ page }) => {
    await page.goto('/');
    await waitForLive(page);
    await expect(story(page).getByText(/lasts for this visit only/)).toBeVisible();
    await expectAxeClean(page, { within: '#story' });
    await story(page).getByRole('button', { name: PREMISE_BUTTON }).click();
    await expect(story(page).getByRole('heading', { name: 'The premise' })).toBeVisible();
    await page.getByRole('switch', { name: 'Show all spoilers' }).click();
    await expect(
      story(page).getByRole('heading', { name: 'Episode 1', exact: true }),
    ).toBeVisible();

    await page.reload();
    await waitForLive(page);
    await expect(story(page).getByRole('button', { name: PREMISE_BUTTON })).toBeVisible();
  });
});

test('a synopsis chunk that fails to load shows an error whose "Try again" works', async ({
  page,
  pageProblems,
}) => {
  await page.clock.install();
  let blocked = true;
  await page.route('**/assets/metallic-rouge-premise-*.js', async (route) => {
    if (blocked) await route.abort('failed');
    else await route.continue();
  });
  await page.goto('/');
  await waitForLive(page);
  const button = story(page).getByRole('button', { name: PREMISE_BUTTON });
  await button.click();
  await expect(story(page).getByText('Loading the premise…')).toBeVisible();
  // The query client retries twice, with a back-off, before it gives up.
  await page.clock.runFor(10_000);
  const alert = story(page).getByRole('alert');
  await expect(alert).toContainText('The premise could not be loaded');
  await expectAxeClean(page, { within: '#story' });
  expect(storyIn(await page.locator('body').innerText())).toEqual([]);

  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(story(page).getByRole('heading', { name: 'The premise' })).toBeVisible();
  await expect(alert).toBeHidden();
  await expect(story(page).getByRole('button', { name: 'Hide the premise' })).toBeFocused();

  allowFailedDownloads(pageProblems);
});

test('the boot script also runs from a build served under a base path', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, 'episode-1');
  }, STORAGE_KEY);
  await page.goto(`http://127.0.0.1:${BASE_PORT}/some/path/`);
  await expect(page.locator('html')).toHaveAttribute('data-spoilers', 'episode-1');
  await waitForLive(page);
  await expect(
    page.getByRole('button', { name: 'Hide what happens in episode 1' }),
  ).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Episode 1', exact: true })).toBeVisible();
});
