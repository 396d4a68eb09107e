/*
 * Entry. The pre-rendered HTML is already readable, so the page's script should not compete
 * with the HTML and CSS for the first paint: React and the app load once the browser reports
 * the first contentful paint. Presses made until React listens are held by
 * public/hold-presses.js and handed over to be replayed; a failed download is retried.
 * This file stays tiny; everything else is in hydrate.tsx.
 */

import { takeEarlyPresses } from './entry/early-presses.ts';
import { warmUpIntl } from './entry/warm-up-intl.ts';

/** Where paint timing is missing, or the tab is hidden and never paints, load anyway by then. */
const LATEST_START_MS = 2000;

/** A flaky network gets these second chances (ms apart) before the page admits defeat. */
const RETRY_DELAYS_MS = [1000, 3000];

let started = false;
function hydratePage(): void {
  if (started) return;
  started = true;
  loadApp(0);
  warmUpIntl();
}

function loadApp(attempt: number): void {
  import('./hydrate.tsx').then(
    () => {
      // The module has run, so hydrateRoot has been called and React now sees every press.
      const earlyPresses = takeEarlyPresses();
      whenHydrated(earlyPresses.replay);
    },
    () => {
      const delay = RETRY_DELAYS_MS[attempt];
      // The page stays readable; CSS shows a note by the controls that cannot work now.
      if (delay === undefined) document.documentElement.dataset.scriptFailed = 'true';
      else setTimeout(loadApp, delay, attempt + 1);
    },
  );
}

/** App sets `data-hydrated` on <html> once React has committed the page. */
function whenHydrated(callback: () => void): void {
  const html = document.documentElement;
  if (html.dataset.hydrated) {
    callback();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!html.dataset.hydrated) return;
    observer.disconnect();
    callback();
  });
  observer.observe(html, { attributes: true, attributeFilter: ['data-hydrated'] });
}

if (
  typeof PerformanceObserver !== 'undefined' &&
  PerformanceObserver.supportedEntryTypes.includes('paint')
) {
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) {
      observer.disconnect();
      hydratePage();
    }
  });
  // `buffered` also delivers a paint that happened before this script ran.
  observer.observe({ type: 'paint', buffered: true });
}
setTimeout(hydratePage, LATEST_START_MS);
