import type { Locator } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import { expect, test, waitForLive } from './fixtures.ts';

function creditsRegion(page: import('@playwright/test').Page): Locator {
  return page.getByRole('region', { name: 'Staff and cast' });
}

test.describe('staff and cast cards', () => {
  test('fit a 320 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/');
    const region = creditsRegion(page);
    await expect(region.getByRole('article').first()).toBeVisible();

    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

    // Nothing inside a card may poke out of it either (a long word would, without wrapping).
    const overflowing = await region
      .getByRole('article')
      .evaluateAll((cards) =>
        cards
          .filter((card) => card.scrollWidth > card.clientWidth)
          .map((card) => card.getAttribute('aria-labelledby')),
      );
    expect(overflowing).toEqual([]);
  });

  test('wrap a very long name inside its card at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/');
    const card = creditsRegion(page).getByRole('article').first();
    const heading = card.getByRole('heading', { level: 4 });
    await expect(heading).toBeVisible();
    await waitForLive(page);
    // No real name is this long yet; swap one in to prove the card wraps instead of overflowing.
    const longName = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft';
    await heading.evaluate((element, text) => {
      element.textContent = text;
    }, longName);
    await expect(heading).toHaveText(longName);
    const { cardFits, pageFits } = await card.evaluate((element) => ({
      cardFits: element.scrollWidth <= element.clientWidth,
      pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    }));
    expect(cardFits).toBe(true);
    expect(pageFits).toBe(true);
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    test(`pass axe in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(creditsRegion(page).getByRole('article').first()).toBeVisible();
      await expectAxeClean(page, { within: '#credits' });
    });
  }

  test('keep cards in the same row at the same height on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const region = creditsRegion(page);
    for (const sectionName of ['Staff', 'Cast']) {
      const cards = region
        .getByRole('region', { name: sectionName, exact: true })
        .getByRole('article');
      const boxes = await cards.evaluateAll((elements) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          return { top: Math.round(rect.top), height: Math.round(rect.height) };
        }),
      );
      const rows = new Map<number, number[]>();
      for (const { top, height } of boxes) rows.set(top, [...(rows.get(top) ?? []), height]);
      // Three columns at this width: more than one card shares a row.
      expect(Math.max(...[...rows.values()].map((heights) => heights.length))).toBeGreaterThan(1);
      for (const heights of rows.values()) expect(new Set(heights).size).toBe(1);
    }
  });

  test('mark native-script names as Japanese', async ({ page }) => {
    await page.goto('/');
    const staffList = creditsRegion(page).getByRole('region', { name: 'Staff', exact: true });
    const izubuchi = staffList.getByRole('article', { name: 'Yutaka Izubuchi' });
    await expect(izubuchi.locator('[lang="ja"]')).toHaveText('出渕裕');
  });
});
