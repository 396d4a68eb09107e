import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { EpisodeDetail } from '../../src/data/episode-schema.ts';
import { EPISODES, titlesIn } from '../fixtures/episode-titles.ts';
import { expect, story, waitForLive } from './fixtures.ts';

export const HORIZON_KEY = 'metallic-rouge:seen';
export const EPISODE_COUNT = EPISODES.length;

/**
 * Records what live regions (aria-live, status, alert) would announce: their text whenever
 * anything in them changes, and any region added with text in it. Call before the page loads.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heardAnnouncements: string[] }).heardAnnouncements = heard;
    const live = '[aria-live],[role="status"],[role="alert"]';
    new MutationObserver((records) => {
      for (const record of records) {
        const target =
          record.target instanceof Element ? record.target : record.target.parentElement;
        const region = target?.closest(live);
        if (region) heard.push(region.textContent);
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const added of [node, ...node.querySelectorAll(live)]) {
            if (added.matches(live)) heard.push(added.textContent);
          }
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Everything the live regions have announced so far (see recordAnnouncements), one per line. */
export async function announcements(page: Page): Promise<string> {
  const heard = await page.evaluate(
    () => (window as unknown as { heardAnnouncements?: string[] }).heardAnnouncements ?? [],
  );
  return heard.join('\n');
}

export function horizonControl(page: Page) {
  return story(page).getByRole('combobox', { name: 'I have seen' });
}

/**
 * Waits until the page shows exactly the horizon: one loaded entry per episode up to it, a
 * "Show the title" button for every other, and the control saying so.
 */
export async function expectHorizonShown(page: Page, horizon: number): Promise<void> {
  await expect(horizonControl(page)).toHaveValue(String(horizon));
  const entries = story(page).getByRole('article', { name: /^Episode \d+:/ });
  await expect(entries).toHaveCount(horizon);
  await expect(story(page).getByText(/^Loading episode \d+…$/)).toHaveCount(0);
  await expect(
    story(page).getByRole('button', { name: /^Show the title of episode \d+$/ }),
  ).toHaveCount(EPISODE_COUNT - horizon);
  for (const episode of EPISODES.slice(0, horizon)) {
    await expect(
      story(page).getByRole('heading', {
        level: 4,
        name: new RegExp(`^Episode ${episode.number}:`),
      }),
    ).toContainText(episode.title.english);
  }
}

/**
 * Every place a title past the horizon could reach the visitor, each searched for every form of
 * every such title: the document (head tags, JSON-LD and the URL included), the accessibility
 * tree, the text find-in-page searches, the printed page, what live regions announced, and every
 * response body the page received.
 */
export async function titleLeaks(
  page: Page,
  responses: { url: string; body: Promise<string> }[],
  hidden: readonly EpisodeDetail[],
): Promise<string[]> {
  const places: [string, string][] = [
    ['document', await page.content()],
    ['head', await page.locator('head').innerHTML()],
    ['document title', await page.title()],
    ['address', decodeURIComponent(page.url())],
    ['accessibility tree', await page.locator('body').ariaSnapshot()],
    ['page text', await page.locator('body').innerText()],
    ['announcements', await announcements(page)],
  ];
  await page.emulateMedia({ media: 'print' });
  places.push(['printed page', await page.locator('body').innerText()]);
  await page.emulateMedia({ media: 'screen' });
  for (const { url, body } of responses) places.push([`response ${url}`, await body]);
  return places.flatMap(([place, text]) =>
    titlesIn(text, hidden).map((found) => `${place}: ${found}`),
  );
}

/**
 * Presses every calendar button on the page ("Add to calendar", "All 13 episodes (.ics)") and
 * returns each .ics file it downloads.
 * Titles must never be in one, whatever the horizon: a calendar outlives the visit.
 */
export async function downloadedCalendars(page: Page): Promise<string[]> {
  const buttons = page.getByRole('button', { name: /calendar|\.ics/i });
  const count = await buttons.count();
  // At least one (the premiere's, an episode's or the whole run's), or the check proves nothing.
  expect(count).toBeGreaterThan(0);
  const files: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const downloading = page.waitForEvent('download');
    await buttons.nth(index).click();
    const download = await downloading;
    files.push(await readFile(await download.path(), 'utf8'));
  }
  return files;
}

/** The horizon this device has stored (null: none, which is 0). */
export function storedHorizon(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), HORIZON_KEY);
}

/** Opens the page and waits until React has taken over. */
export async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await waitForLive(page);
}
