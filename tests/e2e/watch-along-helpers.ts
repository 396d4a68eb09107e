import type { Page } from '@playwright/test';
import { expect, waitForLive } from './fixtures.ts';

/** The group's watch-along: episodes 5 and 6, 03:00 UTC on 12 December 2026. */
export const START_MS = Date.parse('2026-12-12T03:00:00Z');
export const NAME = 'Rouge night';
export const LINK = '?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night';

/**
 * Two episodes at the runtime on record (22 min 50 s for episode 1, Crunchyroll), rounded up to
 * whole minutes each: 2 × 23 min.
 */
export const LENGTH_MS = 2 * 23 * 60_000;

/**
 * Opens `path` with the clock frozen two seconds before `at` (ms), lets the islands go live, then
 * moves the clock on to `at` and stops it there (as release-helpers' openAt, with an address).
 */
export async function openLinkAt(page: Page, path: string, at: number): Promise<void> {
  await page.clock.pauseAt(at - SETTLE_MS);
  await page.goto(path);
  await waitForLive(page);
  await page.clock.runFor(SETTLE_MS);
}

const SETTLE_MS = 2000;

/** The card a usable link shows: a region named after the watch-along. */
export function card(page: Page, name = NAME) {
  return page.getByRole('region', { name });
}

/** The note that says what was wrong with a link. */
export function linkNote(page: Page) {
  return page.getByRole('note', { name: 'About this watch-along link' });
}

export function watchTimer(page: Page) {
  return page.getByRole('timer', { name: 'Time left until the watch-along' });
}

/** What the card's "Starts …" line says. */
export async function expectStart(page: Page, text: string | RegExp, name = NAME) {
  await expect(card(page, name).getByText(/^Starts /)).toHaveText(text);
}
