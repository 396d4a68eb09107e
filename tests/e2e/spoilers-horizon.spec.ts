import type { Page } from '@playwright/test';
import { EPISODES, pastHorizon, titlesIn } from '../fixtures/episode-titles.ts';
import { expectAxeClean } from './axe.ts';
import {
  blockStorage,
  expect,
  holdAppScript,
  pageSettled,
  recordResponses,
  tabTo,
  test,
  waitForLive,
} from './fixtures.ts';
import {
  announcements,
  EPISODE_COUNT,
  HORIZON_KEY,
  downloadedCalendars,
  expectHorizonShown,
  horizonControl,
  open,
  recordAnnouncements,
  storedHorizon,
  titleLeaks,
} from './horizon-helpers.ts';

const HORIZONS = [0, 4, 8, 13];

for (const horizon of HORIZONS) {
  const hidden = pastHorizon(horizon);

  /**
   * With the page at `horizon`: no title past it anywhere, none in any calendar, axe clean; then
   * the same after a reload.
   */
  async function expectNothingPastHorizonAcrossReload(
    page: Page,
    responses: ReturnType<typeof recordResponses>,
  ) {
    await expectHorizonShown(page, horizon);
    await pageSettled(page);

    expect(await titleLeaks(page, responses, hidden)).toEqual([]);
    for (const calendar of await downloadedCalendars(page)) {
      expect(titlesIn(calendar, EPISODES)).toEqual([]);
    }
    await expectAxeClean(page, { within: '#story' });

    await page.reload();
    await waitForLive(page);
    await expectHorizonShown(page, horizon);
    await pageSettled(page);
    expect(await titleLeaks(page, responses, hidden)).toEqual([]);
  }

  test.describe(`at horizon ${horizon}`, () => {
    test('set by a ?seen= link: nothing past it anywhere, kept on reload, never stored', async ({
      page,
    }) => {
      await recordAnnouncements(page);
      const responses = recordResponses(page);
      await open(page, `?seen=${horizon}`);
      await expectNothingPastHorizonAcrossReload(page, responses);
      expect(await storedHorizon(page)).toBeNull();
    });

    test('set with the control: nothing past it anywhere, remembered on reload', async ({
      page,
    }) => {
      await recordAnnouncements(page);
      const responses = recordResponses(page);
      await open(page);
      await horizonControl(page).selectOption(String(horizon));
      await expectNothingPastHorizonAcrossReload(page, responses);
      expect(await storedHorizon(page)).toBe(horizon === 0 ? null : String(horizon));
    });
  });
}

test('the pre-rendered page is at horizon 0 for everyone, and boot.js marks the visitor’s', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '8');
  }, HORIZON_KEY);
  // Hold the app's script back, to see the page exactly as it is painted before it is live.
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-seen', '8');
  await expect(page.locator('#story')).toBeVisible();
  expect(titlesIn(await page.content(), EPISODES)).toEqual([]);
  // Episode 1 is seen, so the premise will open without a press: its button is not painted.
  await expect(page.getByRole('button', { name: 'Show the premise — mild spoilers' })).toBeHidden();

  release();
  await waitForLive(page);
  await expectHorizonShown(page, 8);
  await expect(page.getByRole('heading', { name: 'The premise' })).toBeVisible();
});

test('a ?seen= link’s horizon, once changed with the control, is the visitor’s: stored, the link no longer credited', async ({
  page,
}) => {
  await open(page, '?seen=8');
  await expect(horizonControl(page)).toHaveAccessibleDescription(/Set by the link you followed/);
  await horizonControl(page).selectOption('5');
  await expectHorizonShown(page, 5);
  await expect(horizonControl(page)).toHaveAccessibleDescription('');
  expect(await storedHorizon(page)).toBe('5');
});

test('two tabs follow each other’s horizon', async ({ page, context }) => {
  await open(page);
  const otherTab = await context.newPage();
  await open(otherTab);

  await horizonControl(page).selectOption('8');
  await expectHorizonShown(otherTab, 8);

  await horizonControl(otherTab).selectOption('4');
  await expectHorizonShown(page, 4);
  expect(titlesIn(await page.content(), pastHorizon(4))).toEqual([]);
  expect(titlesIn(await page.locator('body').ariaSnapshot(), pastHorizon(4))).toEqual([]);
  await otherTab.close();
});

test('with storage blocked, the horizon works for the visit and says it is not kept', async ({
  page,
}) => {
  await blockStorage(page);
  const responses = recordResponses(page);
  await open(page);
  await horizonControl(page).selectOption('4');
  await expectHorizonShown(page, 4);
  await expect(page.locator('#story').getByText(/lasts for this visit only/)).toBeVisible();
  await pageSettled(page);
  expect(await titleLeaks(page, responses, pastHorizon(4))).toEqual([]);
  await expectAxeClean(page, { within: '#story' });

  await page.reload();
  await waitForLive(page);
  await expectHorizonShown(page, 0);

  await open(page, '?seen=8');
  await expectHorizonShown(page, 8);
});

test('a bad ?seen= value gets a short note and the stored horizon', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '3');
  }, HORIZON_KEY);
  for (const bad of ['99', '-1', 'abc']) {
    await open(page, `?seen=${bad}`);
    await expectHorizonShown(page, 3);
    await expect(horizonControl(page)).toHaveAccessibleDescription(
      /gave a number of episodes this page does not know/,
    );
    await expect(page.locator('html')).toHaveAttribute('data-seen', '3');
  }
  await expectAxeClean(page, { within: '#story' });
});

test('works with the keyboard alone: the control, and one title shown on its own', async ({
  page,
}) => {
  await recordAnnouncements(page);
  const responses = recordResponses(page);
  await open(page);
  const control = horizonControl(page);
  await expect(control).toBeVisible();

  await tabTo(page, control);
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await expectHorizonShown(page, 4);
  await expect(control).toBeFocused();

  const show9 = page.getByRole('button', { name: 'Show the title of episode 9' });
  await tabTo(page, show9);
  await page.keyboard.press('Enter');
  const hide9 = page.getByRole('button', { name: 'Hide the title of episode 9' });
  await expect(hide9).toBeFocused();
  await expect(hide9).toHaveAttribute('aria-expanded', 'true');
  const episode9 = EPISODES[8]!;
  await expect(page.getByText(episode9.title.english)).toBeVisible();
  await expect(page.getByText(episode9.title.japanese)).toHaveAttribute('lang', 'ja');
  // The title the visitor asked for is announced; the summary line only ever says counts.
  await expect.poll(() => announcements(page)).toContain(episode9.title.english);

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Show the title of episode 9' })).toBeFocused();
  await expect(page.getByText(episode9.title.english)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(hide9).toBeFocused();
  await expect(page.getByText(episode9.title.english)).toBeVisible();
  await pageSettled(page);

  // Only that one title joined what was seen: nothing of episodes 5 to 8 or 10 to 13. (Last:
  // emulating print hides the buttons, which takes focus off them.)
  const stillHidden = pastHorizon(4).filter((episode) => episode.number !== 9);
  expect(await titleLeaks(page, responses, stillHidden)).toEqual([]);
  await expectAxeClean(page, { within: '#story' });
});

test('"Show all spoilers" shows every episode, and off returns to the horizon', async ({
  page,
}) => {
  await open(page, '?seen=4');
  await expectHorizonShown(page, 4);
  const all = page.getByRole('switch', { name: 'Show all spoilers' });
  await all.click();
  await expect(page.getByRole('article', { name: /^Episode \d+:/ })).toHaveCount(EPISODE_COUNT);
  await expect(page.getByRole('article', { name: /^Episode 13: Code Eve/ })).toBeVisible();
  await expectAxeClean(page, { within: '#story' });

  await all.click();
  await expectHorizonShown(page, 4);
  expect(titlesIn(await page.locator('body').innerText(), pastHorizon(4))).toEqual([]);
});

test('the episode guide names the episodes seen, and its own control moves the horizon everywhere', async ({
  page,
}) => {
  await open(page, '?seen=2');
  const release = page.getByRole('region', { name: 'Release and broadcast' });
  const rowHeader = (episodeNumber: number) =>
    release.getByRole('rowheader', { name: new RegExp(`^Episode ${episodeNumber}\\b`) });
  const [first, second, third] = EPISODES;
  if (!first || !second || !third) throw new Error('the run has fewer than 3 episodes');
  await expect(rowHeader(2)).toContainText(second.title.english);
  await expect(rowHeader(1)).toContainText(first.title.japanese);
  // Past the horizon a row has its number and nothing else: no title, no placeholder, no button.
  await expect(rowHeader(3)).not.toContainText('Title');
  await expect(rowHeader(3).getByRole('button')).toHaveCount(0);

  await release.getByRole('combobox', { name: 'I have seen' }).selectOption('3');
  await expect(rowHeader(3)).toContainText(third.title.english);
  await expectHorizonShown(page, 3);
  expect(titlesIn(await page.content(), pastHorizon(3))).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide’s horizon control is shown as not working, and says why', async ({ page }) => {
    await page.goto('/');
    const control = page
      .getByRole('region', { name: 'Release and broadcast' })
      .getByRole('combobox', { name: 'I have seen' });
    await expect(control).toBeDisabled();
    await expect(control).toHaveText('needs JavaScript');
  });
});
