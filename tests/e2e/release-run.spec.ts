import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import { expect, test, waitForLive } from './fixtures.ts';
import { PREMIERE_MS, openAt } from './release-helpers.ts';

// British conventions, so the visitor's times read "Wednesday 7 February 2024 at 07:55".
test.use({ locale: 'en-GB', timezoneId: 'America/Los_Angeles' });

const EPISODE_13_MS = Date.parse('2024-04-03T15:55:00Z');
const card = (page: Page) => page.locator('#release > div > div').first();

/** The guide's row for an episode, as a screen reader meets it. */
function guideRow(page: Page, episode: number) {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Episode ${episode}\\b`) }) });
}

test('just after the premiere it counts down to episode 2, in Tokyo and in the visitor’s time', async ({
  page,
}) => {
  await openAt(page, PREMIERE_MS + 1000);
  await expect(page.getByText('Next: episode 2 of 13 · TV broadcast in Japan')).toBeVisible();
  await expect(page.getByText(/^Airs 18/)).toHaveText('Airs 18 January 2024');
  await expect(card(page)).toContainText('Thursday 18 January 2024, 00:55 Tokyo time');
  await expect(card(page)).toContainText(/Your time: Wednesday,? 17 January 2024 at 07:55/);
  await expect(page.getByRole('timer', { name: 'Time left until episode 2' })).toContainText(
    '6 days, 23 hours, 59 minutes and 59 seconds',
  );
});

test('mid-run the guide marks aired, next and upcoming episodes', async ({ page }) => {
  await openAt(page, Date.parse('2024-02-05T12:00:00Z'));
  await expect(page.getByText(/^Next: episode 5 of 13/)).toBeVisible();
  await expect(guideRow(page, 4).getByRole('cell').nth(3)).toHaveText('Aired');
  await expect(guideRow(page, 5).getByRole('cell').nth(3)).toHaveText('Next');
  await expect(guideRow(page, 6).getByRole('cell').nth(3)).toHaveText('Upcoming');
  await page.clock.resume();
  await expectAxeClean(page, { within: '#release' });
});

test('across the US change to summer time a Los Angeles visitor sees 07:55 turn into 08:55', async ({
  page,
}) => {
  await openAt(page, Date.parse('2024-03-10T12:00:00Z'));
  for (const episode of [1, 9]) {
    await expect(guideRow(page, episode).getByRole('cell').nth(1)).toContainText('07:55');
  }
  for (const episode of [10, 13]) {
    await expect(guideRow(page, episode).getByRole('cell').nth(1)).toContainText('08:55');
  }
  await expect(guideRow(page, 10).getByRole('cell').nth(2)).toContainText('11:25');
  await expect(card(page)).toContainText(/Your time: Wednesday,? 13 March 2024 at 08:55/);
});

test.describe('in London, across the European change on 31 March', () => {
  test.use({ timezoneId: 'Europe/London' });
  test('episode 12 is at 15:55 and episode 13 at 16:55', async ({ page }) => {
    await openAt(page, Date.parse('2024-03-29T12:00:00Z'));
    await expect(guideRow(page, 12).getByRole('cell').nth(1)).toContainText('15:55');
    await expect(guideRow(page, 13).getByRole('cell').nth(1)).toContainText('16:55');
    await expect(card(page)).toContainText(/Your time: Wednesday,? 3 April 2024 at 16:55/);
  });
});

test.describe('in Kathmandu (UTC+5:45)', () => {
  test.use({ timezoneId: 'Asia/Kathmandu' });
  test('the premiere is at 21:40 the evening before', async ({ page }) => {
    await openAt(page, PREMIERE_MS - 86_400_000);
    await expect(guideRow(page, 1).getByRole('cell').nth(1)).toHaveText(
      'Wednesday 10 January21:40',
    );
  });
});

test.describe('in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });
  test('the card does not repeat the same time as "your time"', async ({ page }) => {
    await openAt(page, Date.parse('2024-02-05T12:00:00Z'));
    await expect(card(page)).toContainText('Thursday 8 February 2024, 00:55 Tokyo time');
    await expect(card(page)).not.toContainText('Your time');
    await expect(guideRow(page, 5).getByRole('cell').nth(1)).toHaveText('Same as Tokyo time');
  });
});

test('the last seconds before episode 13, then the finished run, said politely', async ({
  page,
}) => {
  await openAt(page, EPISODE_13_MS - 3000);
  await expect(page.getByRole('timer', { name: 'Time left until episode 13' })).toContainText(
    '0 days, 0 hours, 0 minutes and 3 seconds',
  );
  await page.clock.runFor(3000);
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByText(/^Aired 11/)).toHaveText('Aired 11 January – 4 April 2024');
  await expect(page.getByRole('status').filter({ hasText: 'episode 13' })).toHaveText(
    'Episode 13 has started. That was the last episode.',
  );
});

test('counting to Crunchyroll says when a time is only expected, and is remembered', async ({
  page,
}) => {
  await openAt(page, Date.parse('2024-02-12T12:00:00Z'));
  await page.getByRole('radio', { name: 'The release on Crunchyroll' }).check();
  await expect(page.getByText('Next: episode 6 of 13 · Crunchyroll')).toBeVisible();
  await expect(card(page)).toContainText('Thursday 15 February 2024, 03:25 Tokyo time');
  await expect(card(page)).toContainText(/Your time: Wednesday,? 14 February 2024 at 10:25/);
  await expect(card(page)).toContainText('Expected: no source reports');
  await page.reload();
  await waitForLive(page);
  // The clock is paused: let the page's start-up timers run, the control's going live among them.
  await page.clock.runFor(2000);
  await expect(page.getByRole('radio', { name: 'The release on Crunchyroll' })).toBeChecked();
  await expect(page.getByText('Next: episode 6 of 13 · Crunchyroll')).toBeVisible();
  await page.getByRole('radio', { name: 'The TV broadcast in Japan' }).check();
  await expect(page.getByText(/^Next: episode 6 of 13 · TV/)).toBeVisible();
  await expect(card(page)).not.toContainText('Expected:');
});

test('the calendar of the whole run has all 13 broadcasts and no titles', async ({ page }) => {
  await openAt(page, PREMIERE_MS + 1000);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'All 13 episodes (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('metallic-rouge-all-episodes-tv.ics');
  const text = await readFile(await download.path(), 'utf8');
  const events = ICAL.Component.fromString(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  expect(events).toHaveLength(13);
  expect(new Set(events.map((event) => event.uid)).size).toBe(13);
  const starts = events.map((event) => event.startDate.toJSDate().toISOString());
  expect(starts[0]).toBe('2024-01-10T15:55:00.000Z');
  expect(starts[9]).toBe('2024-03-13T15:55:00.000Z');
  expect(starts[12]).toBe('2024-04-03T15:55:00.000Z');
  expect(events.map((event) => event.summary)).toContain(
    'Metallic Rouge: episode 8 on TV in Japan',
  );
  for (const title of ['Code Eve', 'Mask Graveyard', 'コード・イヴ', '仮面の墓場']) {
    expect(text).not.toContain(title);
  }
});

for (const width of [412, 1280]) {
  test(`going live moves nothing on the page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as unknown as { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) shifts.push(shift.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openAt(page, Date.parse('2026-11-25T12:00:00Z'));
    await expect(guideRow(page, 5).getByRole('cell').nth(1)).toContainText('07:55');
    await expect(guideRow(page, 5)).toContainText('Aired');
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts).toEqual([]);
  });
}
