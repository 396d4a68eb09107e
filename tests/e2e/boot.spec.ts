import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { expectAxeClean } from './axe.ts';
import {
  allowFailedDownloads,
  expect,
  holdAppScript,
  test,
  waitForLive,
  zoneButton,
} from './fixtures.ts';
import { LINK } from './watch-along-helpers.ts';

test('a control pressed before its island is live says it is not ready, then works', async ({
  page,
}) => {
  const letTheScriptIn = await holdAppScript(page);
  // The held module script holds the load event back too.
  await page.goto('/', { waitUntil: 'commit' });
  const show = page.getByRole('button', { name: 'Show the premise — mild spoilers' });
  // Pre-rendered and readable, but not yet able to do anything: it says so rather than swallow
  // the press.
  await expect(show).toBeDisabled();
  await expect(page.getByRole('switch', { name: 'Show all spoilers' })).toBeDisabled();
  await expect(zoneButton(page)).toHaveAccessibleName('Time zone: loading…');

  letTheScriptIn();
  await waitForLive(page);
  await expect(show).toBeEnabled();
  await show.click();
  await expect(page.getByText(premise.paragraphs[0] ?? '')).toBeVisible();
});

/*
 * src/main.tsx renders each island afresh over the build's HTML instead of hydrating it: a visitor
 * on a link or button inside an island as it goes live would lose their place. Nothing in an
 * island can take focus before then, so there is nothing to lose.
 */
for (const search of ['', '?seen=3&spoilers=show', LINK]) {
  test(`nothing in an island takes focus before it is live (${search || 'no link'})`, async ({
    page,
  }) => {
    await holdAppScript(page);
    await page.goto(`/${search}`, { waitUntil: 'commit' });
    // The last thing in the HTML: the whole page is parsed.
    await expect(page.locator('#query-state')).toBeAttached();
    const focusable = await page.locator('[data-island] *').evaluateAll((elements) =>
      elements
        .filter((element) => {
          if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
          element.focus();
          return document.activeElement === element;
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(focusable).toEqual([]);
  });
}

test('only the islands are React: the static page is never rendered in the browser', async ({
  page,
}) => {
  await page.goto('/');
  await waitForLive(page);
  const reactOwned = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react')));
  expect(await reactOwned('[data-island="release-card"] > *')).toBe(true);
  expect(await reactOwned('#credits h2')).toBe(false);
  expect(await reactOwned('h1')).toBe(false);
  expect(await reactOwned('#episode-guide-heading ~ * td')).toBe(false);
});

test('the page finds all of its script in the HTML and asks for one file', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await waitForLive(page);
  // In <head>, so the browser's preload scanner finds it with the HTML.
  await expect(page.locator('head script[type="module"][src]')).toHaveCount(1);
  expect(scripts, scripts.join('\n')).toHaveLength(1);
});

test('a dead script gets a note at once, and the page stays whole to read', async ({
  page,
  pageProblems,
}) => {
  await page.route('**/assets/index-*.js', (route) => route.abort('failed'));
  await page.goto('/');
  await expect(page.getByText('The page’s script could not be loaded')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Yutaka Izubuchi' })).toBeVisible();
  // What waited for the script no longer says it is loading.
  await expect(zoneButton(page)).toHaveAccessibleName('Time zone: not loaded');
  await expect(
    page.getByText('The live countdown and the times in your zone could not be loaded.'),
  ).toBeVisible();
  await expectAxeClean(page);

  allowFailedDownloads(pageProblems);
});

test('code loaded on a press that fails says so in place, and "Try again" brings it', async ({
  page,
  pageProblems,
}) => {
  let reachable = false;
  await page.route('**/assets/zone-finder-*.js', (route) =>
    reachable ? route.continue() : route.abort('failed'),
  );
  await page.goto('/');
  await waitForLive(page);
  await zoneButton(page).click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('The list of zones could not be loaded');
  // The rest of the page still works, the theme toggle beside the chooser too.
  await expect(page.getByRole('switch', { name: 'Show all spoilers' })).toBeEnabled();
  await expect(page.getByRole('button', { name: /theme/ })).toBeEnabled();
  await expectAxeClean(page);

  reachable = true;
  await problem.getByRole('button', { name: 'Try again' }).click();
  // The finder opens where the note was, ready to type in.
  await expect(page.getByRole('combobox', { name: 'Find a time zone by city' })).toBeFocused();

  allowFailedDownloads(pageProblems);
});
