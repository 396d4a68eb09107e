import type { Browser, Locator, Page } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import { allowFailedDownloads, expect, tabTo, test, waitForLive } from './fixtures.ts';
import { LINK, NAME, START_MS, card, expectStart, watchTimer } from './watch-along-helpers.ts';

/** A week before the New York DST change (8 March 2026), at noon there (UTC−5). */
const PLANNED_AT = Date.parse('2026-03-01T17:00:00Z');
/** 20:00 on 10 March in New York, two days after the change (UTC−4). */
const DST_LINK = '?watch=2026-03-11T00:00Z&episodes=5-6&name=Rouge%20night';

test.use({ timezoneId: 'America/New_York' });

/** Opens the page with the time fixed (timers run: the planner's code and queries load). */
async function openFixedAt(page: Page, path: string, at: number) {
  await page.clock.setFixedTime(at);
  await page.goto(path);
  await waitForLive(page);
}

function planButton(page: Page) {
  return page.getByRole('button', { name: 'Plan a watch-along' });
}

function planner(page: Page) {
  return page.getByRole('region', { name: 'Plan a watch-along' });
}

function linkField(page: Page) {
  return planner(page).getByRole('textbox', { name: 'The watch-along link' });
}

/** Opens the planner with a press and makes the DST link, without the keyboard-only ceremony. */
async function makeDstLink(page: Page) {
  await planButton(page).click();
  const form = planner(page);
  await form.getByLabel('From').selectOption('5');
  await form.getByLabel('To').selectOption('6');
  await form.getByLabel('Day').fill('2026-03-10');
  await form.getByLabel('Time').fill('20:00');
  await form.getByRole('textbox', { name: /^Name/ }).fill(NAME);
  await form.getByRole('button', { name: 'Make the link' }).click();
  await expect(linkField(page)).toHaveValue(new URL(`/${DST_LINK}`, page.url()).href);
}

function isFocused(target: Locator) {
  return target.evaluate((element) => element === document.activeElement);
}

/** The text selected in a field, as a visitor about to copy it sees it. */
function selectedText(page: Page) {
  return linkField(page).evaluate((field: HTMLInputElement) =>
    field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0),
  );
}

test('planned by keyboard alone across a DST change: errors by their fields, then a link that copies', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFixedAt(page, '/', PLANNED_AT);

  await tabTo(page, planButton(page));
  await page.keyboard.press('Enter');
  const form = planner(page);
  await expect(form.getByRole('heading', { name: 'Plan a watch-along' })).toBeFocused();
  await expect(planButton(page)).toHaveAttribute('aria-expanded', 'true');

  const from = form.getByLabel('From');
  const to = form.getByLabel('To');
  const day = form.getByLabel('Day');
  const time = form.getByLabel('Time');
  const name = form.getByRole('textbox', { name: /^Name/ });
  const make = form.getByRole('button', { name: 'Make the link' });

  // Episodes 5 to 3: impossible.
  await page.keyboard.press('Tab');
  await expect(from).toBeFocused();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await expect(from).toHaveValue('5');
  await page.keyboard.press('Tab');
  await expect(to).toBeFocused();
  await expect(to).toHaveValue('5');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await tabTo(page, make);
  await page.keyboard.press('Enter');
  await expect(to).toBeFocused();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toHaveAccessibleDescription(
    'The last episode cannot come before the first (episode 5).',
  );
  await expect(linkField(page)).toHaveCount(0);

  // Episodes 5 to 6, on a day already past.
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(to).toHaveValue('6');
  await page.keyboard.press('Tab');
  await expect(day).toBeFocused();
  await page.keyboard.type('02282026');
  await expect(day).toHaveValue('2026-02-28');
  await tabTo(page, make);
  await page.keyboard.press('Enter');
  await expect(time).toBeFocused();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAccessibleDescription(
    /That time has already passed in New York\. Pick a later one\.$/,
  );
  await expect(to).not.toHaveAttribute('aria-invalid');

  // 20:00 on 10 March, after the clocks change: the offset shown is that day's.
  // Back to the date's first part (in Chromium, month, day and year are each a Tab stop): back
  // to the episodes, then forwards once.
  for (let step = 0; step < 6 && !(await isFocused(to)); step += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Tab');
  await expect(day).toBeFocused();
  await page.keyboard.type('03102026');
  await expect(day).toHaveValue('2026-03-10');
  await expect(form.getByText(/^On the clock in New York/)).toContainText(
    'On the clock in New York (UTC−4 on that day).',
  );
  await expect(time).toHaveValue('20:00');
  await tabTo(page, name);
  await page.keyboard.type(NAME);
  await page.keyboard.press('Enter');

  const link = new URL(`/${DST_LINK}`, baseURL).href;
  await expect(linkField(page)).toHaveValue(link);
  await expect(time).not.toHaveAttribute('aria-invalid');
  await expect(form).toContainText(
    'Episodes 5–6, Tuesday, March 10, 2026 at 8:00 PM (New York time) — Rouge night',
  );

  // Headless Chromium has no navigator.share: no Share button that could do nothing.
  await expect(form.getByRole('button', { name: 'Share' })).toHaveCount(0);

  const copy = form.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await expectAxeClean(page, { within: '[data-island="release-card"]' });
});

test('the link made in New York opens as the same watch-along in London', async ({
  page,
  browser,
}) => {
  await openFixedAt(page, '/', PLANNED_AT);
  await makeDstLink(page);
  const link = await linkField(page).inputValue();

  const { page: london, problems } = await openIn(browser, 'Europe/London', link, PLANNED_AT);
  await expect(card(london).getByRole('heading', { level: 2 })).toHaveText(NAME);
  await expect(card(london).getByText('Episodes 5–6', { exact: true })).toBeVisible();
  await expectStart(london, 'Starts Wednesday, March 11, 2026 at 12:00 AM (London time, UTC+0)');
  await expectAxeClean(london, { within: '[data-island="watch-along"]' });
  expect(problems).toEqual([]);
  await london.context().close();

  // And back in New York, on the planner's own clock.
  await page.goto(link);
  await waitForLive(page);
  await expectStart(page, 'Starts Tuesday, March 10, 2026 at 8:00 PM (New York time, UTC−4)');
});

test.describe('where copying is not possible', () => {
  test('without a clipboard, the link is selected, ready to copy', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    await openFixedAt(page, '/', PLANNED_AT);
    await makeDstLink(page);
    await planner(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(planner(page).getByRole('status')).toHaveText(
      'Copying is not available here: the link is selected, ready to copy.',
    );
    await expect(linkField(page)).toBeFocused();
    expect(await selectedText(page)).toBe(await linkField(page).inputValue());
  });

  test('when the browser refuses, the link is selected, ready to copy', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await openFixedAt(page, '/', PLANNED_AT);
    await makeDstLink(page);
    await planner(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(planner(page).getByRole('status')).toHaveText(
      'The browser did not allow copying: the link is selected, ready to copy.',
    );
    await expect(linkField(page)).toBeFocused();
    expect(await selectedText(page)).toBe(await linkField(page).inputValue());
  });
});

test('where the browser can share, "Share" hands on exactly the link', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    navigator.share = (data?: ShareData) => {
      if (data) shared.push(data);
      return Promise.resolve();
    };
  });
  await openFixedAt(page, '/', PLANNED_AT);
  await makeDstLink(page);
  await planner(page).getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([
    {
      title: 'Watch-along',
      text: 'A Metallic Rouge watch-along: episodes 5–6',
      url: await linkField(page).inputValue(),
    },
  ]);
});

/** Opens `url` in a fresh browser context in `timezoneId`, the time fixed at `at`. */
async function openIn(browser: Browser, timezoneId: string, url: string, at: number) {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  // The fixture watches the test's own page; this one is watched here, the same way.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await openFixedAt(page, url, at);
  return { page, problems };
}

// The same instant, 03:00 UTC on 12 December 2026, on clocks with odd offsets.
const ZONES = [
  ['Asia/Kathmandu', 'Starts Saturday, December 12, 2026 at 8:45 AM (Kathmandu time, UTC+5:45)'],
  ['Pacific/Chatham', 'Starts Saturday, December 12, 2026 at 4:45 PM (Chatham time, UTC+13:45)'],
  ['America/St_Johns', 'Starts Friday, December 11, 2026 at 11:30 PM (St Johns time, UTC−3:30)'],
] as const;

for (const [zone, start] of ZONES) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('the link’s start is on the visitor’s clock, and the countdown the same as everywhere', async ({
      page,
    }) => {
      await openFixedAt(page, `/${LINK}`, START_MS - 86_400_000);
      await expectStart(page, start);
      await expect(watchTimer(page)).toContainText('1 day, 0 hours, 0 minutes and 0 seconds');
    });
  });
}

test('a form that cannot be downloaded says so under its button; the release card stays, and "Try again" brings it', async ({
  page,
  pageProblems,
}) => {
  let reachable = false;
  await page.route('**/assets/watch-along-parts-*.js', (route) =>
    reachable ? route.continue() : route.abort('failed'),
  );
  await openFixedAt(page, '/', PLANNED_AT);
  await planButton(page).click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('The watch-along form could not be loaded');
  await expect(planButton(page)).toBeEnabled();
  await expect(page.getByText('The broadcast run · 13 episodes')).toBeVisible();
  await expectAxeClean(page, { within: '[data-island="release-card"]' });

  reachable = true;
  await problem.getByRole('button', { name: 'Try again' }).click();
  // The form opens where the note was, its heading focused, as after a first press.
  await expect(planner(page).getByRole('heading', { name: 'Plan a watch-along' })).toBeFocused();
  allowFailedDownloads(pageProblems);
});
