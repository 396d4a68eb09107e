import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { expectAxeClean } from './axe.ts';
import { expect, test, waitForLive, pageSettled } from './fixtures.ts';

test('in forced colours the "Show all spoilers" switch looks different on and off', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/');
  await waitForLive(page);
  const toggle = page.getByRole('switch', { name: 'Show all spoilers' });
  const look = () =>
    toggle.evaluate((button) => {
      const track = button.querySelector('span');
      const thumb = track?.querySelector('span');
      const style = (element: Element | null | undefined) =>
        element ? getComputedStyle(element) : undefined;
      return {
        track: style(track)?.backgroundColor,
        thumb: style(thumb)?.backgroundColor,
        thumbX: thumb?.getBoundingClientRect().x,
      };
    });
  const off = await look();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  const on = await look();
  // The thumb is drawn (not the track's colour) and the two states differ.
  expect(off.thumb).not.toBe(off.track);
  expect(on.thumb).not.toBe(on.track);
  expect(on.track).not.toBe(off.track);
  expect(on.thumbX).not.toBe(off.thumbX);
});

test('offline, revealing the premise says why it waits, and it arrives once back online', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForLive(page);
  // Everything the page loads by itself has arrived; only the story is left to fetch.
  await pageSettled(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: /Show the premise/ }).click();
  await expect(
    page.getByText(/You are offline, so the premise cannot be downloaded yet/),
  ).toBeVisible();
  await expectAxeClean(page, { within: '#story' });
  await context.setOffline(false);
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toBeVisible();
  await expect(page.getByText(/You are offline/)).toHaveCount(0);
});

test.describe('with storage blocked', () => {
  test('no sentence says the choice is remembered', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await waitForLive(page);
    await expect(page.getByText(/lasts for this visit only/).first()).toBeVisible();
    await expect(page.getByText(/This device remembers your choice/)).toHaveCount(0);
  });
});

test('the printed story says it was left out', async ({ page }) => {
  await page.goto('/');
  await waitForLive(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('The story is left out of printouts')).toBeVisible();
});
