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
  const results = await builder.analyze();
  expect(
    results.violations.map(
      ({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target).join(', ')})`,
    ),
  ).toEqual([]);
  return results;
}
