import type { Page } from '@playwright/test';
import { waitForHydration } from './fixtures.ts';

export const PREMIERE_MS = Date.parse('2024-01-10T15:55:00Z');

/**
 * Opens the page with the clock at `at` (ms) and holds it there: from then on time moves only
 * when the test moves it.
 */
export async function openAt(page: Page, at: number) {
  await page.clock.install({ time: at - 2000 });
  await page.goto('/');
  await page.clock.pauseAt(at);
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
