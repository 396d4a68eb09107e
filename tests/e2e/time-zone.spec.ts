import type { Page } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import { expect, pageSettled, test, waitForLive, yourTime, zoneButton } from './fixtures.ts';
import { PREMIERE_MS } from './release-helpers.ts';

const ZONE_KEY = 'metallic-rouge:time-zone';
const DEVICE = 'America/Los_Angeles';

function finder(page: Page) {
  return page.getByRole('combobox', { name: 'Find a time zone by city' });
}

/** The page before the premiere (the clock fixed, its timers running), whose times show until then. */
async function open(page: Page, path = '/') {
  await page.clock.setFixedTime(PREMIERE_MS - 3 * 86_400_000);
  await page.goto(path);
  await waitForLive(page);
  // The premiere's times come with the release card's island, which can be live before the
  // chooser's: wait for every island.
  await pageSettled(page);
}

function stored(page: Page) {
  return page.evaluate((key) => localStorage.getItem(key), ZONE_KEY);
}

test.use({ timezoneId: DEVICE });

// What each browser language makes of the premiere for a visitor in Los Angeles: the words stay
// English, the date order and the clock are the visitor's. Tokyo's side never changes.
const LOCALES = [
  ['en-US', 'Wednesday, January 10, 2024 at 7:55 AM'],
  ['en-GB', 'Wednesday, 10 January 2024 at 07:55'],
  ['de-DE', 'Wednesday, 10 January 2024 at 07:55'],
  ['ja-JP', 'Wednesday, January 10, 2024 at 7:55'],
  ['ar-EG', 'Wednesday, 10 January 2024 at 7:55 am'],
  ['he-IL', 'Wednesday, 10 January 2024 at 7:55'],
] as const;

for (const [locale, local] of LOCALES) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });

    test('reads the premiere in its own conventions, and Tokyo’s on a 24-hour clock', async ({
      page,
    }) => {
      await open(page);
      await expect(yourTime(page)).toHaveText(`${local} (the day before in Tokyo)`);
      const release = page.getByRole('region', { name: 'Release and broadcast' });
      await expect(release.getByRole('definition').nth(0)).toHaveText(
        'Thursday 11 January 2024, 00:55',
      );
      await expect(release.getByText('Why some listings say 24:55:')).toBeVisible();
    });
  });
}

test('a zone is found by typing a city and chosen with the keyboard, and is remembered', async ({
  page,
}) => {
  await open(page);
  await expect(yourTime(page)).toContainText('Wednesday, January 10, 2024 at 7:55 AM');
  await zoneButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(finder(page)).toBeFocused();
  await page.keyboard.type('st john');
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/^St Johns/);
  await page.keyboard.press('Enter');

  await expect(yourTime(page)).toHaveText(
    'Wednesday, January 10, 2024 at 12:25 PM (the day before in Tokyo)',
  );
  await expect(
    page
      .getByRole('region', { name: 'Release and broadcast' })
      .getByText('America/St_Johns, UTC−3:30'),
  ).toBeVisible();
  await expect(zoneButton(page)).toHaveAccessibleName('Time zone: America/St_Johns');
  expect(await stored(page)).toBe('America/St_Johns');

  await page.reload();
  await waitForLive(page);
  await expect(yourTime(page)).toHaveText(
    'Wednesday, January 10, 2024 at 12:25 PM (the day before in Tokyo)',
  );
  await expect(
    page.getByRole('button', { name: `Use my device’s zone (${DEVICE})` }),
  ).toBeVisible();
  await zoneButton(page).click();
  await expect(page.getByText(/your choice, remembered on this device/)).toBeVisible();
});

test('a zone chosen in one tab reaches the other, and one press there goes back to the device', async ({
  page,
  context,
}) => {
  await open(page);
  const otherTab = await context.newPage();
  await open(otherTab);

  await zoneButton(otherTab).click();
  await finder(otherTab).fill('kathmandu');
  await finder(otherTab).press('Enter');
  await expect(yourTime(page)).toHaveText(
    'Wednesday, January 10, 2024 at 9:40 PM (the day before in Tokyo)',
  );
  await expect(zoneButton(page)).toHaveAccessibleName('Time zone: Asia/Kathmandu');

  await page.getByRole('button', { name: `Use my device’s zone (${DEVICE})` }).click();
  await expect(yourTime(otherTab)).toContainText('Wednesday, January 10, 2024 at 7:55 AM');
  await expect(yourTime(page)).toContainText('Wednesday, January 10, 2024 at 7:55 AM');
  await expect(zoneButton(page)).toBeFocused();
  expect(await stored(page)).toBeNull();
});

test('a ?tz= link opens the visit in that zone and stores nothing', async ({ page }) => {
  await open(page, '/?tz=Pacific/Chatham');
  await expect(yourTime(page)).toHaveText('Thursday, January 11, 2024 at 5:40 AM');
  await expect(
    page
      .getByRole('region', { name: 'Release and broadcast' })
      .getByText('Pacific/Chatham, UTC+13:45'),
  ).toBeVisible();
  await expect(page.getByText(/as the link you opened asks\. Nothing is stored\./)).toBeVisible();
  expect(await stored(page)).toBeNull();

  await page.getByRole('button', { name: `Use my device’s zone (${DEVICE})` }).click();
  await expect(yourTime(page)).toContainText('Wednesday, January 10, 2024 at 7:55 AM');
  expect(await stored(page)).toBeNull();
});

// The fixtures fail a test on any console error or uncaught exception.
for (const [given, shown] of [
  ['Mars/Olympus_Mons', 'Mars/Olympus_Mons'],
  ['%00', '\uFFFD'],
  ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>alert(1)</script>'],
  ['..%2F..%2Fetc%2Fpasswd', '../../etc/passwd'],
] as const) {
  test(`?tz=${given} is set aside with a note, and the device’s zone is used`, async ({ page }) => {
    await open(page, `/?tz=${given}`);
    await expect(
      page.getByText(
        `The link asked for the time zone “${shown}”, which this browser does not know, so it is not used.`,
      ),
    ).toBeVisible();
    await expect(zoneButton(page)).toHaveAccessibleName(`Time zone: ${DEVICE}`);
    await expect(yourTime(page)).toContainText('Wednesday, January 10, 2024 at 7:55 AM');
    // No script came from the link: the one inline script is the page's own boot.js.
    const inlineScripts = await page
      .locator('script:not([src]):not([type])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent));
    expect(inlineScripts).toHaveLength(1);
    for (const script of inlineScripts) expect(script).not.toContain('alert(');
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  test(`the chooser passes axe with its list open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await zoneButton(page).click();
    await finder(page).fill('new');
    await expect(page.getByRole('listbox', { name: 'Time zones' })).toBeVisible();
    await expectAxeClean(page);
  });
}

test.describe('with storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('a chosen zone lasts for the visit, and the page says so', async ({ page }) => {
    await open(page);
    await zoneButton(page).click();
    await finder(page).fill('chatham');
    await finder(page).press('Enter');
    await expect(yourTime(page)).toHaveText('Thursday, January 11, 2024 at 5:40 AM');
    await expect(
      page.getByText(/for this visit only: this browser does not let the page store it/),
    ).toBeVisible();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chooser is shown as not working, and says why', async ({ page }) => {
    await page.goto('/?tz=Asia/Kathmandu');
    await expect(zoneButton(page)).toHaveAccessibleName('Time zone: needs JavaScript');
    await expect(zoneButton(page)).toBeDisabled();
  });
});
