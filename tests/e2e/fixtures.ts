import {
  test as base,
  expect,
  type Locator,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';

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
 * Lets a test's own fault through: the downloads it aborts on purpose log "Failed to load
 * resource". Any other problem still fails the test.
 */
export function allowFailedDownloads(pageProblems: string[]): void {
  const unexpected = pageProblems.filter(
    (problem) => !/Failed to load resource|ERR_FAILED/.test(problem),
  );
  pageProblems.splice(0, pageProblems.length, ...unexpected);
}

/**
 * Waits until every island on the page is live (`data-live`, set once React has rendered it with
 * the browser's values). Until then its controls are disabled, and its HTML is the build's.
 */
export async function waitForLive(page: Page) {
  await expect(page.locator('[data-island]').first()).toBeAttached();
  await expect(page.locator('[data-island]:not([data-live])')).toHaveCount(0);
}

/**
 * Holds the page's script back, as a slow phone on a slow network would, while the pre-rendered
 * page shows. Call the returned function to let it in.
 */
export async function holdAppScript(page: Page, scripts = '**/assets/*.js'): Promise<() => void> {
  let letItIn: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (letItIn = resolve));
  await page.route(scripts, async (route) => {
    await held;
    await route.continue();
  });
  return letItIn;
}

/** Serves the page's HTML as `edit` changes it (the rest of the site as it is). */
export async function serveEditedPage(page: Page, edit: (html: string) => string): Promise<void> {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    },
  );
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
 * Waits until the page has loaded all it loads by itself: every island is live and no request is
 * still unanswered. A state, where Playwright's "networkidle" is a fixed half second without
 * requests.
 */
export async function pageSettled(page: Page): Promise<void> {
  await waitForLive(page);
  await trackRequests(page).idle();
}

/** Makes localStorage (and sessionStorage) throw on every access, as blocked storage does. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
}

/** Every response body the page receives, as text, from now to the end of the test. */
export function recordResponses(page: Page): { url: string; body: Promise<string> }[] {
  const bodies: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response: Response) => {
    bodies.push({ url: response.url(), body: response.text().catch(() => '') });
  });
  return bodies;
}

/** The page's Story region. */
export function story(page: Page) {
  return page.getByRole('region', { name: 'Story' });
}

/** The header's time zone button, whatever it says after "Time zone:". */
export function zoneButton(page: Page) {
  return page.getByRole('button', { name: /^Time zone:/ });
}

/** What "Your time" says for the premiere. */
export function yourTime(page: Page) {
  return page.getByRole('region', { name: 'Release and broadcast' }).getByRole('definition').nth(2);
}

/** Tabs from the top of the page until `target` has focus: the keyboard's only way in. */
export async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 300; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}
