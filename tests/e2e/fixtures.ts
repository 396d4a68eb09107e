import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails on a console error or warning, an uncaught exception, or a CSP
 * violation, in whatever state the test leaves the page.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`console.${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'the page logged problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until React has taken over the pre-rendered page (App sets `data-hydrated`). Until then
 * buttons do nothing and any change a test makes to the DOM is a hydration mismatch.
 */
export async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/**
 * Holds the app's script back, as a slow phone on a slow network would, while the pre-rendered
 * page shows (`scripts` widens it, e.g. to every chunk). Call the returned function to let it in.
 */
export async function holdAppScript(
  page: Page,
  scripts = '**/assets/hydrate-*.js',
): Promise<() => void> {
  let letItIn: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (letItIn = resolve));
  await page.route(scripts, async (route) => {
    await held;
    await route.continue();
  });
  return letItIn;
}
