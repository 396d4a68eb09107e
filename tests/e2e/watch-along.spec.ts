import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { BASE_PORT } from '../../playwright.config.ts';
import { EPISODES, pastHorizon, titlesIn } from '../fixtures/episode-titles.ts';
import { expectAxeClean } from './axe.ts';
import {
  expect,
  holdAppScript,
  pageSettled,
  recordResponses,
  test,
  waitForLive,
} from './fixtures.ts';
import {
  HORIZON_KEY,
  announcements,
  expectHorizonShown,
  horizonControl,
  recordAnnouncements,
  storedHorizon,
  titleLeaks,
} from './horizon-helpers.ts';
import {
  LENGTH_MS,
  LINK,
  NAME,
  START_MS,
  card,
  expectStart,
  openLinkAt,
  watchTimer,
} from './watch-along-helpers.ts';

test.describe('a future watch-along, on a phone in Berlin', () => {
  test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Europe/Berlin' });

  test('the card comes first, counts down on the visitor’s clock, and shows nothing past episode 4', async ({
    page,
  }) => {
    await recordAnnouncements(page);
    const responses = recordResponses(page);
    const at = START_MS - 86_400_000;
    await page.clock.pauseAt(at - 2000);
    // The page as painted before its script runs: boot.js has already set the group's horizon.
    const letScriptIn = await holdAppScript(page);
    await page.goto(`/${LINK}`, { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-seen', '4');
    await expect(page.locator('#story')).toBeAttached();
    letScriptIn();
    await waitForLive(page);
    await page.clock.runFor(2000);

    const watchAlong = card(page);
    await expect(watchAlong.getByRole('heading', { level: 2 })).toHaveText(NAME);
    await expect(watchAlong.getByText('Episodes 5–6', { exact: true })).toBeVisible();
    await expectStart(page, 'Starts Saturday, December 12, 2026 at 4:00 AM (Berlin time, UTC+1)');

    // First on the page, its top in the phone's first screen, above the page's own header.
    const box = await watchAlong.boundingBox();
    const header = await page.getByRole('banner').boundingBox();
    expect(box && header).toBeTruthy();
    expect(box!.y).toBeLessThan(844);
    expect(box!.y).toBeLessThan(header!.y);

    // The timer ticks with the clock, and stops while paused.
    const timer = watchTimer(page);
    await expect(timer).toContainText('1 day, 0 hours, 0 minutes and 0 seconds');
    await page.clock.runFor(61_000);
    await expect(timer).toContainText('0 days, 23 hours, 58 minutes and 59 seconds');
    await watchAlong.getByRole('button', { name: 'Pause the countdown' }).click();
    await expect(watchAlong.getByText('Paused: the figures are not being updated.')).toBeVisible();
    await page.clock.runFor(5000);
    await expect(timer).toContainText('0 days, 23 hours, 58 minutes and 59 seconds');
    await watchAlong.getByRole('button', { name: 'Resume the countdown' }).click();
    await page.clock.runFor(1000);
    await expect(timer).toContainText('0 days, 23 hours, 58 minutes and 53 seconds');

    // The group's horizon: episodes 1 to 4, nothing of 5 to 13 anywhere.
    await expectHorizonShown(page, 4);
    await pageSettled(page);
    expect(await titleLeaks(page, responses, pastHorizon(4))).toEqual([]);

    // The name is the group's, not the page's: never in <head> or the title.
    expect(await page.locator('head').innerHTML()).not.toContain(NAME);
    expect(await page.title()).not.toContain(NAME);
    expect(await page.title()).not.toContain('Rouge%20night');
    // Nothing was announced on arrival: the status speaks only when the watch-along starts or ends.
    expect(await announcements(page)).not.toContain('watch-along has');
  });
});

test('a visitor who has seen more can show their own horizon for the visit, storing nothing', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '9');
  }, HORIZON_KEY);
  const responses = recordResponses(page);
  // The time fixed, timers running: the episodes shown load through queries, whose updates wait
  // on a timer.
  await page.clock.setFixedTime(START_MS - 3_600_000);
  await page.goto(`/${LINK}`);
  await waitForLive(page);
  await expect(page.locator('html')).toHaveAttribute('data-seen', '4');
  await expectHorizonShown(page, 4);
  await pageSettled(page);
  expect(await titleLeaks(page, responses, pastHorizon(4))).toEqual([]);

  const own = card(page).getByRole('button', { name: 'Show up to my own episode 9 instead' });
  await expect(card(page)).toContainText(
    'To match the group, this visit hides everything after episode 4. You have seen further.',
  );
  await own.click();
  await expectHorizonShown(page, 9);
  await expect(own).toHaveCount(0);
  expect(await storedHorizon(page)).toBe('9');

  await page.reload();
  await waitForLive(page);
  await expectHorizonShown(page, 4);
  await expect(own).toBeVisible();
  expect(await storedHorizon(page)).toBe('9');
});

test('a visitor who has seen less gets no offer to show more', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '2');
  }, HORIZON_KEY);
  await page.clock.setFixedTime(START_MS - 3_600_000);
  await page.goto(`/${LINK}`);
  await waitForLive(page);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(NAME);
  await expectHorizonShown(page, 4);
  await expect(card(page).getByRole('button', { name: /my own episode/ })).toHaveCount(0);
});

test('on now, then ended: minutes since the start, never a negative time, then one press marks 5–6 seen', async ({
  page,
}) => {
  await recordAnnouncements(page);
  await openLinkAt(page, `/${LINK}`, START_MS - 1000);
  const watchAlong = card(page);
  await expect(watchTimer(page)).toContainText('0 days, 0 hours, 0 minutes and 1 second');

  await page.clock.runFor(1000);
  await expect(watchTimer(page)).toHaveCount(0);
  await expect(watchAlong.getByText(/^On now/)).toHaveText('On now — started just now');
  await expect.poll(() => announcements(page)).toContain('The watch-along has started.');

  await page.clock.runFor(12 * 60_000);
  await expect(watchAlong.getByText(/^On now/)).toHaveText('On now — started 12 minutes ago');
  await expect(watchAlong.getByRole('button', { name: /^Add to calendar/ })).toBeVisible();

  // Moments before the end it is still on; at the end (46 minutes) it has ended.
  await page.clock.runFor(LENGTH_MS - 12 * 60_000 - 1000);
  await expect(watchAlong.getByText(/^On now/)).toHaveText('On now — started 45 minutes ago');
  await page.clock.runFor(1000);
  await expect(watchAlong.getByText('Ended', { exact: true })).toBeVisible();
  await expect(watchAlong.getByText(/^On now/)).toHaveCount(0);
  await expect.poll(() => announcements(page)).toContain('The watch-along has ended.');
  await expect(watchAlong.getByRole('button', { name: /^Add to calendar/ })).toHaveCount(0);
  expect(await watchAlong.innerText()).not.toMatch(/-\d|−\d|\bin \d/);

  expect(await storedHorizon(page)).toBeNull();
  await watchAlong.getByRole('button', { name: 'Mark episodes 5–6 as seen' }).click();
  await expect(watchAlong).toContainText('Done: the page now shows everything up to episode 6.');
  await expect(watchAlong.getByRole('button', { name: /^Mark/ })).toHaveCount(0);
  expect(await storedHorizon(page)).toBe('6');
  // The episodes now shown load through queries, whose updates wait on a timer: let time flow.
  await page.clock.resume();
  await expectHorizonShown(page, 6);
  await expect(
    page.getByRole('region', { name: 'Release and broadcast' }).getByRole('combobox', {
      name: 'I have seen',
    }),
  ).toHaveValue('6');
  await expect(horizonControl(page)).toHaveValue('6');
});

async function downloadCalendar(page: Page) {
  const downloading = page.waitForEvent('download');
  await card(page)
    .getByRole('button', { name: /^Add to calendar/ })
    .click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  const vevent = ICAL.Component.fromString(text).getFirstSubcomponent('vevent');
  return { name: download.suggestedFilename(), text, event: new ICAL.Event(vevent ?? undefined) };
}

test('the calendar file: the instant, two episodes long, the link, and no title', async ({
  page,
  baseURL,
}) => {
  await openLinkAt(page, `/${LINK}`, START_MS - 86_400_000);
  const { name, text, event } = await downloadCalendar(page);
  expect(name).toBe('metallic-rouge-watch-along-2026-12-12-episodes-5-6.ics');
  expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-12T03:00:00.000Z');
  expect(event.endDate.toJSDate().getTime() - START_MS).toBe(LENGTH_MS);
  expect(event.summary).toBe(`${NAME}: Metallic Rouge, episodes 5–6`);
  const link = new URL(`/${LINK}`, baseURL).href;
  expect(event.description).toContain(link);
  expect(event.component.getFirstPropertyValue('url')).toBe(link);
  expect(titlesIn(text, EPISODES)).toEqual([]);
});

test('the calendar file from a page under a base path links back under it', async ({ page }) => {
  const origin = `http://127.0.0.1:${BASE_PORT}`;
  await openLinkAt(page, `${origin}/some/path/${LINK}`, START_MS - 86_400_000);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(NAME);
  const { event } = await downloadCalendar(page);
  const link = `${origin}/some/path/${LINK}`;
  expect(event.description).toContain(link);
  expect(event.component.getFirstPropertyValue('url')).toBe(link);
});

for (const [phase, at, shows] of [
  ['before it starts', START_MS - 86_400_000, /^Starts /],
  ['while it is on', START_MS + 5 * 60_000, /^On now/],
  ['once it has ended', START_MS + LENGTH_MS + 60_000, 'Mark episodes 5–6 as seen'],
] as const) {
  test(`the card passes axe ${phase}`, async ({ page }) => {
    await openLinkAt(page, `/${LINK}`, at);
    await expect(card(page).getByText(shows)).toBeVisible();
    // axe waits on timers of its own.
    await page.clock.resume();
    await expectAxeClean(page, { within: '[data-island="watch-along"]' });
  });
}

const AT = START_MS - 86_400_000;
const LONG_NAME =
  'Rouge night at the old hangar, with snacks, subtitles on, and no phones. '.repeat(7);

// Links a visitor might be sent, broken or hostile: what the note says, and the heading shown
// (none where the link cannot be used at all).
const HOSTILE = [
  {
    what: 'an unreadable time',
    search: '?watch=tomorrow%208pm&episodes=5-6&name=Rouge%20night',
    note: 'The start time in this watch-along link cannot be read, so no watch-along is shown.',
  },
  {
    what: 'episodes running backwards',
    search: '?watch=2026-12-12T03:00Z&episodes=6-5&name=Rouge%20night',
    note: "This watch-along link's episodes run backwards, from 6 to 5, so no watch-along is shown.",
  },
  {
    what: 'an episode the series does not have',
    search: '?watch=2026-12-12T03:00Z&episodes=14&name=Rouge%20night',
    note: 'This watch-along link asks for episodes the series does not have (it has 1 to 13), so no watch-along is shown.',
  },
  {
    what: 'a 500-character name',
    search: `?watch=2026-12-12T03:00Z&episodes=5-6&name=${encodeURIComponent(LONG_NAME.slice(0, 500))}`,
    note: 'The name in this link is long, so only its first 80 characters are shown.',
    heading: LONG_NAME.slice(0, 80).trimEnd(),
  },
  {
    what: 'a right-to-left override in the name',
    search: `?watch=2026-12-12T03:00Z&episodes=5-6&name=${encodeURIComponent('Rouge \u202Ethgin')}`,
    note: 'Hidden control characters were taken out of the name in this link.',
    heading: 'Rouge thgin',
  },
  {
    what: 'markup in the name',
    search: `?watch=2026-12-12T03:00Z&episodes=5-6&name=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    note: 'The name in this link looks like web page code, so it is left out.',
    heading: 'Metallic Rouge together',
  },
] as const;

for (const hostile of HOSTILE) {
  test(`a link with ${hostile.what}: a short note, the rest of the page whole, the name never markup`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.clock.setFixedTime(AT);
    await page.goto(`/${hostile.search}`);
    await waitForLive(page);

    const note = page.getByRole('note', { name: 'About this watch-along link' });
    await expect(note).toHaveText(hostile.note);
    const heading = 'heading' in hostile ? hostile.heading : undefined;
    if (heading) {
      await expect(card(page, heading).getByRole('heading', { level: 2 })).toHaveText(heading);
      await expect(card(page, heading).getByText('Episodes 5–6', { exact: true })).toBeVisible();
      await expect(watchTimer(page)).toContainText('1 day, 0 hours, 0 minutes and 0 seconds');
      await expectHorizonShown(page, 4);
    } else {
      // Nothing usable: no card, no countdown, and the visitor's own horizon (none) decides.
      await expect(page.getByText('Watch-along', { exact: true })).toHaveCount(0);
      await expect(watchTimer(page)).toHaveCount(0);
      await expect(page.locator('html')).not.toHaveAttribute('data-seen');
      await expectHorizonShown(page, 0);
    }

    // The rest of the page: every island live (waited for above), the header, the release card.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Metallic Rouge');
    await expect(page.getByRole('region', { name: 'Release and broadcast' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Plan a watch-along' })).toBeEnabled();
    // The policy as built, once; nothing of the link became markup or ran.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await expect(page.locator('body img[src="x"]')).toHaveCount(0);
    const html = await page.content();
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('\u202E');
    expect(await page.locator('body').ariaSnapshot()).not.toContain('\u202E');
    expect(requested).not.toContain('/x');
    expect(dialogs).toEqual([]);
    await page.clock.resume();
    await expectAxeClean(page, { within: '[data-island="watch-along"]' });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a watch-along link says it needs JavaScript', async ({ page }) => {
    await page.goto(`/${LINK}`);
    // Inner text: Playwright's text matching skips <noscript>, which shows here.
    const sentence =
      'Opened a watch-along link? Its countdown and times in your zone need JavaScript.';
    await expect(page.locator('body')).toContainText(sentence, { useInnerText: true });
    // Above the page's own header, where the card would be.
    const body = await page.locator('body').innerText();
    expect(body.indexOf(sentence)).toBeLessThan(body.indexOf('Metallic Rouge'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: NAME })).toHaveCount(0);
  });
});
