import { part as episode1 } from '../../src/data/synopsis/metallic-rouge-episode-1.ts';
import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import type { Page } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import {
  expect,
  holdAppScript,
  partsWaiting,
  serveEditedPage,
  test,
  waitForHydration,
  zoneButton,
} from './fixtures.ts';

test('buttons pressed before the page hydrates take effect once it has, in order', async ({
  page,
}) => {
  const letReactIn = await holdAppScript(page);
  await page.goto('/');

  await page.getByRole('button', { name: 'Show the premise — mild spoilers' }).click();
  await page
    .getByRole('button', { name: 'Show what happens in episode 1 — strong spoilers' })
    .click();
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toHaveCount(0);

  letReactIn();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toBeVisible();
  await expect(page.getByText(episode1.paragraphs[0] ?? '')).toBeVisible();
});

test.describe('when the app script will not load', () => {
  const SCRIPT_FAILED = 'The page’s script could not be loaded';

  test('it is tried three times, then the story says why it cannot open', async ({
    page,
    pageProblems,
  }) => {
    await withoutHydrationPreload(page);
    await page.clock.install();
    const noteShownAtAttempt: boolean[] = [];
    await page.route('**/assets/hydrate-*.js', async (route) => {
      noteShownAtAttempt.push(await page.getByText(SCRIPT_FAILED).isVisible());
      await route.abort('failed');
    });
    await page.goto('/');
    // Each retry is scheduled only once the failed download has reached the page, which takes
    // real time, so move the fake clock on a little at a time until the third try has come.
    // However much fake time that takes, nothing below depends on it.
    await expect(async () => {
      await page.clock.runFor(500);
      expect(noteShownAtAttempt).toHaveLength(3);
    }).toPass({ intervals: [50], timeout: 60_000 });
    // The note waits for the last try; it would be wrong while a retry may still succeed.
    expect(noteShownAtAttempt).toEqual([false, false, false]);
    await expect(page.getByText(SCRIPT_FAILED)).toBeVisible();
    // Everything pre-rendered is still there to read.
    await expect(page.getByRole('article', { name: 'Yutaka Izubuchi' })).toBeVisible();
    await expectAxeClean(page);
    await page.clock.runFor(60_000);
    expect(noteShownAtAttempt).toHaveLength(3);

    expectOnlyFailedDownloads(pageProblems);
  });

  test('a dead entry gets the note at once, and an early press stops waiting', async ({
    page,
    pageProblems,
  }) => {
    await page.route('**/assets/index-*.js', (route) => route.abort('failed'));
    await page.goto('/');
    const premise = page.getByRole('button', { name: 'Show the premise — mild spoilers' });
    await premise.click();
    await expect(page.getByText(SCRIPT_FAILED)).toBeVisible();
    // The press was held for a script that will never come: it no longer claims to be busy.
    await expect(premise).not.toHaveAttribute('aria-busy');
    await expect(premise).not.toHaveAttribute('data-pending-press');
    await expect(page.getByRole('article', { name: 'Yutaka Izubuchi' })).toBeVisible();
    // What waited for the script no longer says it is loading.
    await expect(zoneButton(page)).toHaveAccessibleName('Time zone: not loaded');
    await expect(
      page.getByText('The live countdown and the times in your zone could not be loaded.'),
    ).toBeVisible();
    await expectAxeClean(page);

    expectOnlyFailedDownloads(pageProblems);
  });

  test('a script that fails once loads on the next try', async ({ page, pageProblems }) => {
    await withoutHydrationPreload(page);
    let attempts = 0;
    await page.route('**/assets/hydrate-*.js', async (route) => {
      attempts += 1;
      if (attempts === 1) await route.abort('failed');
      else await route.continue();
    });
    await page.goto('/');
    await waitForHydration(page);
    expect(attempts).toBe(2);
    await page.getByRole('button', { name: 'Show the premise — mild spoilers' }).click();
    await expect(page.getByText(premise.paragraphs[0] ?? '')).toBeVisible();
    await expect(page.getByText(SCRIPT_FAILED)).toBeHidden();

    expectOnlyFailedDownloads(pageProblems);
  });
});

test.describe('when the code of the parts that come after hydration will not load', () => {
  const PARTS_FAILED = 'Some of the page’s code could not be downloaded';

  /**
   * Opens the page with the deferred parts' chunk failing until `letThrough` is called. Returns
   * the note, whether it still lists failed parts or says they have come back.
   */
  async function openWithDeadParts(page: Page) {
    let reachable = false;
    await page.route('**/assets/deferred-parts-*.js', (route) =>
      reachable ? route.continue() : route.abort('failed'),
    );
    await page.goto('/');
    await waitForHydration(page);
    const notice = page
      .getByRole('status')
      .filter({ hasText: /could not be downloaded|has loaded now/ });
    await expect(notice).toContainText(PARTS_FAILED);
    return {
      notice,
      letThrough: () => {
        reachable = true;
      },
    };
  }

  test('they keep their HTML, the page names them, and "Try again" brings them to life', async ({
    page,
    pageProblems,
  }) => {
    const { notice, letThrough } = await openWithDeadParts(page);
    await expect(notice).toContainText('the time zone chooser');
    await expect(notice).toContainText('the episode guide’s times and horizon');
    // A part that comes only after hydration, and would otherwise be silently missing.
    await expect(notice).toContainText('the story episode by episode');
    // Nothing the page said is lost: the parts stay as pre-rendered, the rest works; what waited
    // for the code says it did not come.
    await expect(zoneButton(page)).toHaveAccessibleName('Time zone: not loaded');
    const guideHorizon = page
      .getByRole('region', { name: 'Episode guide' })
      .getByRole('combobox', { name: 'I have seen' });
    await expect(guideHorizon).toHaveText('not loaded');
    const storyHorizon = page
      .getByRole('region', { name: 'Story' })
      .getByRole('combobox', { name: 'I have seen' });
    await expect(storyHorizon).toHaveCount(0);
    await expect(page.getByRole('table', { name: /episode/i })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Release and broadcast' })).toBeVisible();
    // Nothing is on its way: the page no longer treats them as still hydrating.
    await expect.poll(() => partsWaiting(page)).toBe(0);
    await expectAxeClean(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean(page, { within: '[role="status"]' });

    letThrough();
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toHaveText('Every part of the page has loaded now.');
    await expect(notice).toBeFocused();
    await expect(zoneButton(page)).toBeEnabled();
    await expect(zoneButton(page)).not.toHaveAccessibleName(/not loaded/);
    await expect(guideHorizon).toBeEnabled();
    await expect(storyHorizon).toBeEnabled();

    expectOnlyFailedDownloads(pageProblems);
  });

  test('they come back by themselves when the browser is back online', async ({
    page,
    context,
    pageProblems,
  }) => {
    const { notice, letThrough } = await openWithDeadParts(page);

    await context.setOffline(true);
    letThrough();
    await context.setOffline(false);
    await expect(notice).toBeHidden();
    await expect(zoneButton(page)).toBeEnabled();

    expectOnlyFailedDownloads(pageProblems);
  });
});

/**
 * Serves the page without start-app.js's modulepreload of the hydration chunk, so that each try
 * of the entry asks for the chunk exactly once. With it, the entry's first import joins the
 * preload's request if that is still on its way, and asks again if it has already failed: one
 * request or two for the first try, depending on timing.
 */
async function withoutHydrationPreload(page: Page) {
  const preloadOfHydration = /(data-preload="[^"]*?)\/assets\/hydrate-[\w-]+\.js ?/;
  await serveEditedPage(page, (html) => {
    expect(html).toMatch(preloadOfHydration);
    return html.replace(preloadOfHydration, '$1');
  });
}

/** The aborted downloads are the fault these tests inject; any other problem still fails them. */
function expectOnlyFailedDownloads(pageProblems: string[]) {
  const unexpected = pageProblems.filter(
    (problem) => !/Failed to load resource|ERR_FAILED/.test(problem),
  );
  pageProblems.splice(0, pageProblems.length, ...unexpected);
}
