import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { BASE_PORT } from '../../playwright.config.ts';
import { expect, holdAppScript, serveEditedPage, test, waitForLive, yourTime } from './fixtures.ts';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page still tells everything but the story', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      metallicRouge.title.english,
    );
    await expect(page.getByText(/11 January 2024/).first()).toBeVisible();
    for (const person of metallicRouge.staff) {
      await expect(page.getByRole('heading', { name: person.name })).toBeVisible();
    }
    for (const role of metallicRouge.cast) {
      await expect(page.getByRole('heading', { name: role.character.name })).toBeVisible();
    }
    await expect(page.getByText(/needs JavaScript/i).first()).toBeVisible();
  });

  test('the release card says what needs JavaScript and promises nothing else', async ({
    page,
  }) => {
    await page.goto('/');
    const release = page.getByRole('region', { name: 'Release and broadcast' });
    await expect(
      release.getByText('The live countdown and the times in your zone need JavaScript.'),
    ).toBeVisible();
    // The premiere's own times come with the live card, only until the premiere.
    await expect(yourTime(page)).toHaveCount(0);
    await expect(page.getByText(/worked out in your browser/i)).toHaveCount(0);
    // The guide's columns the browser fills in say why they are empty.
    const guide = page.getByRole('table', { name: /episode/i });
    await expect(
      guide.getByRole('columnheader', { name: /^Where you are\s*needs JavaScript$/ }),
    ).toBeVisible();
    await expect(
      guide.getByRole('columnheader', { name: /^Status\s*needs JavaScript$/ }),
    ).toBeVisible();
  });
});

test('brings the pre-rendered page live without warnings', async ({ page }) => {
  // The fixture fails this test on any console warning or error.
  await page.goto('/');
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(metallicRouge.title.english);
});

test('renders what is below the first screen only as the visitor scrolls to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 900 });
  await page.goto('/');
  await waitForLive(page);
  // With contentVisibilityAuto, checkVisibility is false for what the browser skips rendering.
  const rendered = (selector: string) =>
    page
      .locator(selector)
      .evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  const credits = page.getByRole('heading', { name: 'Staff and cast' });
  expect(await rendered('#credits h2')).toBe(false);
  expect(await rendered('#release h2')).toBe(true);
  // Not rendered is not hidden: screen readers, find-in-page and the skip links still reach it.
  await expect(credits).toBeAttached();
  await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeAttached();

  await credits.scrollIntoViewIfNeeded();
  await expect.poll(() => rendered('#credits h2')).toBe(true);
  await expect(credits).toBeInViewport();
});

/*
 * On a slow phone the browser paints whatever it has parsed so far, sometimes just the opening
 * tag of the header's theme toggle: an empty pill. Its label arriving must not move it or the
 * zone button beside it (Lighthouse counted that as a layout shift). A page cut off right there
 * stands in for that paint.
 */
for (const width of [412, 1280]) {
  test(`the header's buttons are where they end up even if painted before the toggle's label (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const header = page.getByRole('banner');
    // The zone button and the theme toggle. The toggle is invisible until the page is live, but
    // in place: its box is what matters.
    const boxes = () =>
      header
        .getByRole('button', { includeHidden: true })
        .evaluateAll((buttons) =>
          buttons.map((button) => JSON.stringify(button.getBoundingClientRect())),
        );

    await page.goto('/');
    await waitForLive(page);
    const whole = await boxes();
    // The app's script is held back, as a slow phone's network would, so this stays a paint.
    await holdAppScript(page);
    await serveEditedPage(page, (html) => {
      const toggle = html.indexOf('<button type="button" class="needs-js');
      expect(toggle).toBeGreaterThan(0);
      return html.slice(0, html.indexOf('>', toggle) + 1);
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(header.locator('button.needs-js')).toHaveText('');
    expect(await boxes()).toEqual(whole);
  });
}

test('a build made with BASE_PATH works under that path', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`http://127.0.0.1:${BASE_PORT}/some/path/`);
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(metallicRouge.title.english);
  expect(requested.length).toBeGreaterThan(1);
  for (const path of requested) expect(path).toMatch(/^\/some\/path\//);
});
