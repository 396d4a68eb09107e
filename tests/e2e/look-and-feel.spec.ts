import { expectAxeClean } from './axe.ts';
import { expect, test, waitForLive } from './fixtures.ts';

test('the theme toggle switches the colours and is remembered after a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForLive(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const darkBackground = await background();

  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(darkBackground);

  await page.reload();
  // boot.js restores the choice before the first paint, with the system still dark.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(darkBackground);
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`animates the story's loading state only without reduced motion (${reducedMotion})`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    // Hold the story's chunk so its pulsing loading state stays on screen.
    await page.route('**/metallic-rouge-premise-*.js', () => undefined);
    await page.goto('/');
    await waitForLive(page);
    await page.getByRole('button', { name: /show the premise/i }).click();
    await expect(page.getByText(/loading the premise/i)).toBeVisible();
    await expectAxeClean(page, { within: '#story' });
    const running = () =>
      page.evaluate(
        () =>
          document.getAnimations().filter((animation) => animation.playState === 'running').length,
      );
    if (reducedMotion === 'reduce') expect(await running()).toBe(0);
    else await expect.poll(running).toBeGreaterThan(0);
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  for (const width of [390, 1440]) {
    test(`is axe clean in the ${colorScheme} theme at ${width} px, with text whose contrast axe can measure`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await waitForLive(page);
      const { passes, incomplete } = await expectAxeClean(page, { bestPractice: true });
      // "No violations" proves nothing about contrast unless axe could measure it: text on an
      // image or a gradient would land in "incomplete" instead.
      const contrast = (results: typeof passes) =>
        results
          .filter((result) => result.id === 'color-contrast')
          .flatMap((result) => result.nodes);
      expect(contrast(passes).length).toBeGreaterThan(100);
      expect(contrast(incomplete).map((node) => node.target.join(' '))).toEqual([]);
    });
  }
}

test('prints the facts without controls or a ticking countdown', async ({ page }) => {
  await page.clock.install({ time: new Date('2024-01-08T12:00:00Z') });
  await page.goto('/');
  await waitForLive(page);
  await expect(page.getByRole('timer')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('timer')).toBeHidden();
  // No empty box where the countdown was: a line says what was left out.
  await expect(page.getByText('The live countdown is left out of the printout')).toBeVisible();
  // Nothing below the card's last printed line but its own padding.
  const emptyRoomBelow = await page
    .locator('[data-island="release-card"] > div')
    .first()
    .evaluate((card) => {
      const printed = [...card.querySelectorAll('*')].filter(
        (element) => element.getClientRects().length > 0,
      );
      const lastLine = Math.max(
        ...printed.map((element) => element.getBoundingClientRect().bottom),
      );
      return card.getBoundingClientRect().bottom - lastLine;
    });
  expect(emptyRoomBelow).toBeLessThan(48);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Yutaka Izubuchi' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sourceLink = page.getByRole('link', { name: /Anime News Network/ }).first();
  const printedAddress = await sourceLink.evaluate(
    (link) => getComputedStyle(link, '::after').content,
  );
  expect(printedAddress).toContain('animenewsnetwork.com');
});
