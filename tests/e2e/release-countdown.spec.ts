import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { expectAxeClean } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { PREMIERE_MS, openAt, setTabHidden, timerText } from './release-helpers.ts';

test.use({ timezoneId: 'Europe/London' });

test('the pre-rendered HTML shows the run’s dates and no ticking value', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('Broadcast:');
  expect(html).toMatch(
    /<time[^>]*datetime="2024-01-10T15:55:00Z"[^>]*>11 January – 4 April 2024<\/time>/i,
  );
  expect(html).not.toContain('role="timer"');
  expect(html).not.toMatch(/\bstyle=/);
});

test('counts down live and switches itself at zero', async ({ page }) => {
  await openAt(page, PREMIERE_MS - 3000);
  await expect(page.getByText(/^Premieres/)).toHaveText('Premieres 11 January 2024');
  await expect(timerText(page)).toContainText('0 days, 0 hours, 0 minutes and 3 seconds');
  await page.clock.runFor(1000);
  await expect(timerText(page)).toContainText('and 2 seconds');
  await page.clock.runFor(2000);
  await expect(timerText(page)).toHaveCount(0);
  await expect(page.getByText(/^Airs/)).toHaveText('Airs 18 January 2024');
  await expect(page.getByRole('timer', { name: 'Time left until episode 2' })).toContainText(
    '7 days, 0 hours, 0 minutes and 0 seconds',
  );
  await expect(page.getByRole('status').filter({ hasText: 'premiere' })).toHaveText(
    'The premiere has started.',
  );
});

test('is right at the next tick after the clock jumps forwards and backwards', async ({ page }) => {
  await openAt(page, PREMIERE_MS - 86_400_000 * 10);
  await expect(timerText(page)).toContainText('10 days, 0 hours, 0 minutes and 0 seconds');
  await page.clock.setSystemTime(PREMIERE_MS - 3_600_000 * 5 - 400);
  await page.clock.runFor(1000);
  await expect(timerText(page)).toContainText('0 days, 5 hours, 0 minutes and 0 seconds');
  await page.clock.setSystemTime(PREMIERE_MS - 86_400_000 * 30 - 400);
  await page.clock.runFor(1000);
  await expect(timerText(page)).toContainText('30 days, 0 hours, 0 minutes and 0 seconds');
});

test('after an hour in a background tab it is right the moment it is shown again', async ({
  page,
}) => {
  await openAt(page, PREMIERE_MS - 86_400_000 * 2);
  await setTabHidden(page, true);
  await page.clock.fastForward(3_600_000);
  await setTabHidden(page, false);
  await expect(timerText(page)).toContainText('1 day, 23 hours, 0 minutes and 0 seconds');
});

test('ticks without moving anything: no layout shift, no change outside the timer', async ({
  page,
}) => {
  await openAt(page, PREMIERE_MS - 86_400_000 * 2 - 3_600_000);
  const digits = timerText(page).locator('.tabular-nums');
  await expect(digits).toHaveCount(4);
  const boxesBefore = await digits.evaluateAll((elements) =>
    elements.map((element) => JSON.stringify(element.getBoundingClientRect())),
  );
  await page.evaluate(() => {
    const timer = document.querySelector('[role="timer"]');
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    Object.assign(window, {
      outsideTimer: () =>
        observer
          .takeRecords()
          .filter((record) => !timer?.contains(record.target))
          .map((record) => `${record.type} on ${record.target.nodeName}`),
      shifts: [] as number[],
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        (window as unknown as { shifts: number[] }).shifts.push(
          (entry as unknown as { value: number }).value,
        );
      }
    }).observe({ type: 'layout-shift' });
  });
  // 1:00:00 → 0:59:49 on the hours and minutes: every width-changing digit gets a turn.
  await page.clock.runFor(11_000);
  await expect(timerText(page)).toContainText('2 days, 0 hours, 59 minutes and 49 seconds');
  const boxesAfter = await digits.evaluateAll((elements) =>
    elements.map((element) => JSON.stringify(element.getBoundingClientRect())),
  );
  expect(boxesAfter).toEqual(boxesBefore);
  const { outside, shifts } = await page.evaluate(() => ({
    outside: (window as unknown as { outsideTimer: () => string[] }).outsideTimer(),
    shifts: (window as unknown as { shifts: number[] }).shifts,
  }));
  expect(outside).toEqual([]);
  expect(shifts).toEqual([]);
});

test('the countdown fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openAt(page, PREMIERE_MS - 86_400_000 * 120);
  await expect(timerText(page)).toContainText('120 days');
  const fits = await page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
  expect(fits).toBe(true);
  const timer = await timerText(page).boundingBox();
  const card = await page.getByText(/^Premieres/).boundingBox();
  expect(timer && card && timer.x + timer.width <= card.x + card.width + 1).toBe(true);
});

test('the pause control stops the ticking and is remembered after a reload', async ({ page }) => {
  await openAt(page, PREMIERE_MS - 86_400_000 * 4);
  await page.getByRole('button', { name: 'Pause the countdown' }).click();
  const frozen = await timerText(page).textContent();
  await page.clock.runFor(5000);
  await expect(timerText(page)).toHaveText(frozen ?? '');
  await page.reload();
  // The paused fake clock also holds the app's own start-up timers; let them run.
  await page.clock.runFor(50);
  await expect(page.getByRole('button', { name: 'Resume the countdown' })).toBeVisible();
  const frozenAgain = await timerText(page).textContent();
  await page.clock.runFor(3000);
  await expect(timerText(page)).toHaveText(frozenAgain ?? '');
  // axe waits on timers of its own, so let time flow while it looks at the paused state.
  await page.clock.resume();
  await expectAxeClean(page, { within: '#release' });
  await page.getByRole('button', { name: 'Resume the countdown' }).click();
  await page.clock.runFor(1000);
  await expect(timerText(page)).not.toHaveText(frozenAgain ?? '');
  await expect(page.getByRole('button', { name: 'Pause the countdown' })).toBeFocused();
});

test('add to calendar downloads an .ics that a real parser reads back', async ({ page }) => {
  await openAt(page, PREMIERE_MS - 86_400_000 * 7);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /add to calendar/i }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('metallic-rouge-premiere.ics');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('\r\n');
  const vevent = ICAL.Component.fromString(text).getFirstSubcomponent('vevent');
  const event = new ICAL.Event(vevent ?? undefined);
  expect(event.startDate.toJSDate().toISOString()).toBe('2024-01-10T15:55:00.000Z');
  expect(event.summary).toBe('Metallic Rouge: Japanese TV premiere on Fuji TV’s +Ultra');
  expect(event.description).toContain('Fuji TV');
  expect(event.description).toContain('Anime News Network');
  expect(vevent?.getFirstPropertyValue('dtstamp')?.toString()).toContain('2024-01-03');
});

for (const colorScheme of ['dark', 'light'] as const) {
  for (const [state, at] of [
    ['counting down', PREMIERE_MS - 86_400_000 * 2],
    ['the run has ended', Date.parse('2026-11-25T12:00:00Z')],
  ] as const) {
    test(`passes axe while ${state}, ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openAt(page, at);
      await expect(page.getByText(/^(Premieres|Aired) 11/)).toBeVisible();
      // axe waits on timers of its own.
      await page.clock.resume();
      await expectAxeClean(page, { within: '#release' });
    });
  }
}

test('a visitor today sees the finished run and where to watch it, with no countdown', async ({
  page,
}) => {
  await openAt(page, Date.parse('2026-11-25T12:00:00Z'));
  await expect(page.getByText(/^Aired 11/)).toHaveText('Aired 11 January – 4 April 2024');
  await expect(page.getByText(/All 13 episodes have aired/)).toBeVisible();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.getByRole('link', { name: 'Where to watch', exact: true }).click();
  await expect(page).toHaveURL(/#where-to-watch$/);
});
