import type { Page } from '@playwright/test';
import { waitForHydration } from './fixtures.ts';

export const PREMIERE_MS = Date.parse('2024-01-10T15:55:00Z');

/**
 * Opens the page with the clock frozen at `at` (ms) from its first line of script: however slowly
 * the page loads, it loads at that instant, and time moves only when the test moves it. The page
 * still hydrates, on its first contentful paint, which needs no timer.
 *
 * pauseAt alone installs the fake clock. Installing it at `at` first would race: the blank page
 * already open lets that clock run on, and once it has passed `at`, pauseAt(at) is a jump into
 * the past and throws. Uninstalled, the clock starts at 1970, so the jump is always forwards.
 */
export async function openAt(page: Page, at: number) {
  await page.clock.pauseAt(at);
  await page.goto('/');
  await waitForHydration(page);
}

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
