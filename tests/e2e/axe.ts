import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** WCAG 2.2 A and AA, the level the page promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with each rule broken and where, when axe finds anything in the page as it is now, or in
 * the part that `within` selects. `bestPractice` adds axe's advice beyond WCAG. Returns axe's
 * results, for a test that also looks at what passed or could not be decided.
 */
export async function expectAxeClean(
  page: Page,
  { within, bestPractice = false }: { within?: string; bestPractice?: boolean } = {},
) {
  let builder = new AxeBuilder({ page }).withTags(
    bestPractice ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS,
  );
  if (within) builder = builder.include(within);
  const results = await withEveryPartRendered(page, () => builder.analyze());
  expect(
    results.violations.map(
      ({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target).join(', ')})`,
    ),
  ).toEqual([]);
  return results;
}

/**
 * Parts below the first screen are rendered only as they near the viewport
 * (`content-visibility: auto`, `.below-the-fold` in index.css), and axe cannot measure the contrast
 * of text that is not rendered: it would list it as undecided. Renders them all for the check
 * (their colours are those a visitor scrolling there sees), then lets the page skip them again.
 */
async function withEveryPartRendered<T>(page: Page, check: () => Promise<T>): Promise<T> {
  const setBelowTheFold = (contentVisibility: string) =>
    page.evaluate((value) => {
      for (const part of document.querySelectorAll<HTMLElement>('.below-the-fold')) {
        part.style.contentVisibility = value;
      }
    }, contentVisibility);
  await setBelowTheFold('visible');
  try {
    return await check();
  } finally {
    await setBelowTheFold('');
  }
}
