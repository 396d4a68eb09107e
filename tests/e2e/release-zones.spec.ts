import { expect, test } from './fixtures.ts';
import { PREMIERE_MS, openAt, timerText } from './release-helpers.ts';

/** What a visitor in each zone should read under "Your time" (Playwright's browser is en-US). */
const ZONES = [
  { zone: 'Asia/Tokyo', local: 'Same as Tokyo time' },
  { zone: 'Europe/London', local: 'Wednesday, January 10, 2024 at 3:55 PM', offset: 'UTC+0' },
  { zone: 'America/Los_Angeles', local: 'Wednesday, January 10, 2024 at 7:55 AM', offset: 'UTC−8' },
  { zone: 'Pacific/Chatham', local: 'Thursday, January 11, 2024 at 5:40 AM', offset: 'UTC+13:45' },
  { zone: 'Asia/Kathmandu', local: 'Wednesday, January 10, 2024 at 9:40 PM', offset: 'UTC+5:45' },
  {
    zone: 'America/St_Johns',
    local: 'Wednesday, January 10, 2024 at 12:25 PM',
    offset: 'UTC−3:30',
  },
];

for (const { zone, local, offset } of ZONES) {
  test.describe(`a visitor in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('sees the premiere in Tokyo time and in their own, labelled', async ({ page }) => {
      await openAt(page, PREMIERE_MS - 86_400_000 * 3);
      const release = page.getByRole('region', { name: 'Release and broadcast' });
      const terms = release.getByRole('term');
      const definitions = release.getByRole('definition');
      await expect(terms).toHaveText(['Tokyo time', 'Your time']);
      await expect(definitions.nth(0)).toHaveText('Thursday 11 January 2024, 00:55');
      await expect(definitions.nth(1)).toHaveText('Asia/Tokyo, UTC+9');
      await expect(definitions.nth(2)).toContainText(local);
      await expect(definitions.nth(3)).toContainText(offset ? `${zone}, ${offset}` : zone);
      // The countdown is the same everywhere: it counts real time, not calendar days.
      await expect(timerText(page)).toContainText('3 days, 0 hours, 0 minutes and 0 seconds');
    });
  });
}
