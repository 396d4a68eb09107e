import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { BASE_PORT } from '../../playwright.config.ts';
import { expect, test, waitForHydration } from './fixtures.ts';

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
    await expect(release.getByRole('definition').nth(2)).toHaveText('Needs JavaScript');
    await expect(page.getByText(/worked out in your browser/i)).toHaveCount(0);
  });
});

test('hydrates the pre-rendered page without warnings', async ({ page }) => {
  // The fixture fails this test on any console warning or error, hydration mismatches included.
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(metallicRouge.title.english);
});

test('asks for its script only once the page has painted, then hydrates', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const { paintedAt, scripts } = await page.evaluate(() => ({
    paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, startedAt: entry.startTime })),
  }));
  expect(paintedAt).toBeGreaterThan(0);
  // The entry, the hydration chunk and React at least.
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const script of scripts) {
    expect(script.startedAt, script.path).toBeGreaterThanOrEqual(paintedAt!);
  }
});

test('a build made with BASE_PATH works under that path', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`http://127.0.0.1:${BASE_PORT}/some/path/`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(metallicRouge.title.english);
  expect(requested.length).toBeGreaterThan(1);
  for (const path of requested) expect(path).toMatch(/^\/some\/path\//);
});
