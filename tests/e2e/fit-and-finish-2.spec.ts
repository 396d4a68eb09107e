import type { Locator, Page } from '@playwright/test';
import { expect, pageSettled, story, test, waitForLive, zoneButton } from './fixtures.ts';

/*
 * #27, "every state honest, every width tidy": what only a browser shows (layout, print, no
 * script). Assertions measure what a visitor sees, never the markup.
 */

/**
 * The words inside `root` that the browser has split over two lines (Japanese text aside, which
 * may break between any two characters). A word is what lies between spaces in one text node.
 */
function wordsSplitOverLines(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[lang="ja"]')) continue;
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()]
            .filter((rect) => rect.width > 0)
            .map((rect) => Math.round(rect.top)),
        );
        if (lines.size > 1) split.push(match[0]);
      }
    }
    return split;
  });
}

/**
 * Elements inside `root` whose text is wider than their box: cut off, or spilling out. Text kept
 * for screen readers only (clipped to nothing) is not seen, so it is left out.
 */
function overflowing(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const unseen = (each: Element) => {
      for (let at: Element | null = each; at; at = at.parentElement) {
        if (getComputedStyle(at).clipPath !== 'none') return true;
      }
      return false;
    };
    return [element, ...element.querySelectorAll('*')]
      .filter((each) => each.clientWidth > 0 && each.scrollWidth > each.clientWidth + 1)
      .filter((each) => !unseen(each))
      .map((each) => each.textContent);
  });
}

const guide = (page: Page) => page.getByRole('table', { name: /episode/i });

test.describe('the episode guide on a phone (item 7)', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

  for (const width of [320, 390]) {
    test(`breaks no word and keeps every cell inside the screen at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      // Every title shown: the longest words the guide can hold.
      await page.goto('/?seen=13');
      await waitForLive(page);
      await pageSettled(page);
      await expect(guide(page).getByText('Appropriate Gear')).toBeVisible();
      expect(await wordsSplitOverLines(guide(page))).toEqual([]);
      expect(await overflowing(guide(page))).toEqual([]);
      // Each time is drawn under what it is (a label the stylesheet draws), and the zone is
      // written out once.
      const labels = await guide(page)
        .getByRole('row', { name: /^Episode 7/ })
        .getByRole('cell')
        .evaluateAll((cells) =>
          cells
            .filter((cell) => cell.getClientRects().length > 0)
            .map((cell) => getComputedStyle(cell, '::before').content),
        );
      expect(labels).toEqual([
        expect.stringContaining('In Japan (Tokyo time)'),
        expect.stringContaining('Where you are'),
        expect.stringContaining('Crunchyroll'),
      ]);
      await expect(page.getByText('Your times are in America/Los_Angeles.')).toBeVisible();
    });
  }
});

test.describe('without JavaScript (item 8)', () => {
  test.use({ javaScriptEnabled: false });

  test('the story offers no control that cannot work, and promises to remember nothing', async ({
    page,
  }) => {
    await page.goto('/');
    // Drawn only near the viewport (content-visibility), and innerText reads what is drawn.
    await story(page).scrollIntoViewIfNeeded();
    // Inner text: Playwright's text matching skips <noscript>, which shows here.
    await expect(story(page)).toContainText('Revealing the story needs JavaScript.', {
      useInnerText: true,
    });
    await expect(story(page).getByRole('switch', { name: 'Show all spoilers' })).toBeHidden();
    await expect(story(page).getByRole('button', { name: /^Show the premise/ })).toBeHidden();
    await expect(story(page).getByText(/This device remembers your choice/)).toBeHidden();
  });

  test('Crunchyroll’s column gives each stream’s time in Tokyo, and says so', async ({ page }) => {
    await page.goto('/');
    await expect(
      guide(page).getByRole('columnheader', { name: /^Crunchyroll\s*Tokyo time$/ }),
    ).toBeVisible();
    const episode1 = guide(page).getByRole('row', { name: /^Episode 1\b/ });
    await expect(episode1.getByRole('cell').nth(2)).toHaveText(
      /Thursday 11 January 2024\s*03:25\s*expected/,
    );
  });

  test('the release card ends after its one sentence, with no empty room', async ({ page }) => {
    await page.goto('/');
    const sentence = page.getByText(
      'The live countdown and the times in your zone need JavaScript.',
    );
    await expect(sentence).toBeVisible();
    const card = page
      .locator('#release')
      .getByText(/^Broadcast:/)
      .locator('..');
    const [text, box] = await Promise.all([sentence.boundingBox(), card.boundingBox()]);
    // The card's padding (2 rem on wide screens) and a line's breath, not a blank block.
    expect(box!.y + box!.height - (text!.y + text!.height)).toBeLessThan(48);
  });
});

test.describe('on paper (item 9)', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('breaks no word, and prints no empty gate box or control', async ({ page }) => {
    // About the width of an A4 page's printable area.
    await page.setViewportSize({ width: 720, height: 1000 });
    await page.goto('/');
    await waitForLive(page);
    await pageSettled(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('The story is left out of printouts')).toBeVisible();
    expect(await wordsSplitOverLines(guide(page))).toEqual([]);
    expect(await overflowing(guide(page))).toEqual([]);
    await expect(page.getByRole('combobox', { name: 'I have seen' })).toBeHidden();
    await expect(story(page).locator('div:has(> #story-premise)')).toBeHidden();
    await expect(story(page).locator('div:has(> #story-episode-1)')).toBeHidden();
  });
});

test.describe('the header (item 10)', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('on a phone the planet’s glow fades out instead of ending in a hard edge', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/');
    await waitForLive(page);
    const art = page.locator('.hero-art');
    const shot = await art.screenshot();
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    // The strip's top and bottom rows of pixels, read back from the screenshot.
    const reader = await page.context().newPage();
    const edges = await reader.evaluate(
      async (source) => {
        const image = new Image();
        image.src = source;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const row = (y: number) => [...context.getImageData(0, y, image.width, 1).data];
        return [row(0), row(image.height - 1)];
      },
      `data:image/png;base64,${shot.toString('base64')}`,
    );
    await reader.close();
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    for (const edge of edges) {
      let worst = 0;
      for (let index = 0; index < edge.length; index += 4) {
        worst = Math.max(
          worst,
          Math.abs(edge[index]! - r) +
            Math.abs(edge[index + 1]! - g) +
            Math.abs(edge[index + 2]! - b),
        );
      }
      expect(worst, 'an edge pixel differs from the page').toBeLessThan(12);
    }
  });

  test('on a wide screen the note a ?tz= link brings does not cover the planet', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?tz=Asia/Tokyo');
    await waitForLive(page);
    const note = page.getByText(/as the link you opened asks/).locator('..');
    await expect(note).toBeVisible();
    const [a, b] = await Promise.all([note.boundingBox(), page.locator('.hero-art').boundingBox()]);
    const overlap =
      a!.x < b!.x + b!.width &&
      b!.x < a!.x + a!.width &&
      a!.y < b!.y + b!.height &&
      b!.y < a!.y + a!.height;
    expect(overlap).toBe(false);
  });

  test('at 320 px the zone button shows its whole label', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/');
    await waitForLive(page);
    await expect(zoneButton(page)).toHaveAccessibleName('Time zone: America/Los_Angeles');
    expect(await overflowing(zoneButton(page))).toEqual([]);
  });
});
