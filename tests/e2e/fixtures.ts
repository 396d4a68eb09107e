import { test as base, expect, type Page, type Request } from '@playwright/test';

/**
 * Every browser test fails on a console error or warning, an uncaught exception, or a CSP
 * violation, in whatever state the test leaves the page.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      trackRequests(page);
      page.context().on('page', trackRequests);
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

export interface RequestTracker {
  /** Resolves once no request the page has started is still unanswered. */
  idle(): Promise<void>;
}

const trackers = new WeakMap<Page, RequestTracker>();

/** Follows the page's requests from now on (every test's pages are followed from the start). */
export function trackRequests(page: Page): RequestTracker {
  const known = trackers.get(page);
  if (known) return known;
  const pending = new Set<Request>();
  const waiting: (() => void)[] = [];
  page.on('request', (request) => pending.add(request));
  const answered = (request: Request) => {
    pending.delete(request);
    if (pending.size === 0) for (const resolve of waiting.splice(0)) resolve();
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  const tracker = {
    idle: () =>
      pending.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiting.push(resolve);
          }),
  };
  trackers.set(page, tracker);
  return tracker;
}

/**
 * Waits until the page has loaded all it loads by itself: every deferred part has its code
 * (`data-parts-waiting`, see src/lib/static-part.tsx) and no request is still unanswered. A state,
 * where Playwright's "networkidle" is a fixed half second without requests.
 */
export async function pageSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveAttribute('data-parts-waiting', /^[1-9]/);
  await trackRequests(page).idle();
}
