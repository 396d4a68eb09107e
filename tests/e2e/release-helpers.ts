import type { Page } from '@playwright/test';
import { partsWaiting, trackRequests, waitForHydration, type RequestTracker } from './fixtures.ts';

export const PREMIERE_MS = Date.parse('2024-01-10T15:55:00Z');

/**
 * Opens the page with the clock frozen two seconds before `at` (ms) from its first line of script:
 * however slowly the page loads, it loads at that instant. Once hydrated, the clock moves on in
 * small steps to `at` and stops there: from then on time moves only when the test moves it.
 *
 * pauseAt alone installs the fake clock. Installing it at `at` first would race: the blank page
 * already open lets that clock run on, and once it has passed `at`, pauseAt(at) is a jump into
 * the past and throws. Uninstalled, the clock starts at 1970, so the jump is always forwards.
 */
export async function openAt(page: Page, at: number) {
  const network = trackRequests(page);
  await page.clock.pauseAt(at - SETTLE_MS);
  await page.goto('/');
  await waitForHydration(page);
  await settleUntil(page, network, at - SETTLE_MS, at);
}

/** How long before `at` the page opens, so its start-up timers run before time stops at `at`. */
const SETTLE_MS = 2000;
const STEP_MS = 50;

/*
 * React hydrates the parts whose code comes after the page's own in later passes, one after
 * another, and commits a part that arrives soon after a fallback on a timer. So the clock moves in
 * small steps, each taken only once every request has been answered and the page has had a turn to
 * use it, until no part waits for its code (`data-parts-waiting`, see lib/static-part.tsx).
 */
async function settleUntil(page: Page, network: RequestTracker, from: number, to: number) {
  let now = from;
  for (; now < to; now += STEP_MS) {
    await network.idle();
    await letThePageRun(page);
    if ((await partsWaiting(page)) === 0) break;
    await page.clock.runFor(STEP_MS);
  }
  const waiting = await partsWaiting(page);
  if (waiting !== 0) {
    throw new Error(
      `${waiting} deferred part(s) still waited for their code when the clock stopped`,
    );
  }
  if (to > now) await page.clock.runFor(to - now);
}

/** Resolves after a few turns of the page's (real, unfaked) message loop. */
async function letThePageRun(page: Page) {
  await page.evaluate(async () => {
    for (let turn = 0; turn < 3; turn++) {
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          resolve();
        };
        channel.port2.postMessage(null);
      });
    }
  });
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
