import type { Page } from '@playwright/test';
import { waitForLive } from './fixtures.ts';

export const PREMIERE_MS = Date.parse('2024-01-10T15:55:00Z');

/**
 * Opens the page with the clock frozen two seconds before `at` (ms) from its first line of script:
 * however slowly the page loads, it loads at that instant. Once every island is live, the clock
 * moves on to `at` and stops there: from then on time moves only when the test moves it.
 *
 * pauseAt alone installs the fake clock. Installing it at `at` first would race: the blank page
 * already open lets that clock run on, and once it has passed `at`, pauseAt(at) is a jump into
 * the past and throws. Uninstalled, the clock starts at 1970, so the jump is always forwards.
 */
export async function openAt(page: Page, at: number) {
  await page.clock.pauseAt(at - SETTLE_MS);
  await page.goto('/');
  await waitForLive(page);
  await page.clock.runFor(SETTLE_MS);
}

/** How long before `at` the page opens, so its start-up timers run before time stops at `at`. */
const SETTLE_MS = 2000;

/** The timer as a screen reader would read it, e.g. "2 days, 3 hours, 0 minutes and 0 seconds". */
export function timerText(page: Page) {
  return page.getByRole('timer', { name: 'Time left until the premiere' });
}

/** Pretends the tab went to the background (or came back): headless Chromium never hides it. */
export async function setTabHidden(page: Page, hidden: boolean) {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}
