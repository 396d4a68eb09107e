// The bench's real timings: each site loaded in Chromium with Lighthouse's mobile throttling
// applied by DevTools (not simulated): 4× slower CPU, Lighthouse's "devtools" figures for a slow
// 4G network (150 ms RTT and 1.6 Mbps, which DevTools needs as 562.5 ms per request and 1.47 Mbps),
// a 412×823 phone screen, no cache. Each run reads, on the page's own clock:
// - fcp: the first contentful paint;
// - ready: for the page, when every island is live (`data-live` on each `data-island`: the zone
//   button enabled, every visitor time filled in); for the floor, when its content shows;
// - blocking: the real total blocking time, from the first paint until ready: each long task's
//   time past 50 ms, as Lighthouse counts TBT but on the throttled CPU itself.
/* global document, MutationObserver -- watchForReady runs in the page, not in Node */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const NETWORK = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

/**
 * Runs in the page before its first script: records the two moments as they happen and, once it
 * has both, reports them on the console. Nothing is asked of the page while it loads: Playwright's
 * own waiting would inject its script (~50 ms of the throttled CPU) while the islands go live.
 */
function watchForReady() {
  const marks = { tasks: [] };
  const report = () => {
    if (marks.fcp !== undefined && marks.ready !== undefined) {
      // Half a second on, the long task that was running at `ready` has been reported too.
      setTimeout(() => {
        console.debug(`bench:${JSON.stringify(marks)}`);
      }, 500);
    }
  };
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) marks.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntriesByName('first-contentful-paint')) {
      marks.fcp = entry.startTime;
      report();
    }
  }).observe({ type: 'paint', buffered: true });
  const ready = () => {
    const islands = document.querySelectorAll('[data-island]');
    if (islands.length > 0) {
      return [...islands].every((island) => island.hasAttribute('data-live'));
    }
    // The floor: its heading shows the title once its query has resolved.
    return Boolean(document.querySelector('main h1')?.textContent);
  };
  new MutationObserver((_, observer) => {
    if (marks.ready === undefined && ready()) {
      marks.ready = performance.now();
      observer.disconnect();
      report();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Launches one browser for every run; `measure(url)` returns one run's figures in ms. */
export async function realTimings() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    async measure(url) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.addInitScript(watchForReady);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const reported = page.waitForEvent('console', {
        predicate: (message) => message.text().startsWith('bench:'),
        timeout: 60_000,
      });
      await page.goto(url, { waitUntil: 'commit' });
      const { fcp, ready, tasks } = JSON.parse((await reported).text().slice('bench:'.length));
      const blocking = tasks
        .filter(([start]) => start >= fcp && start < ready)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      await context.close();
      return {
        realFcp: Math.round(fcp),
        realReady: Math.round(ready),
        realBlocking: Math.round(blocking),
      };
    },
    close: () => browser.close(),
  };
}
