/*
 * Entry. The pre-rendered HTML is already readable, so the page's script does not compete with
 * the HTML and CSS for the first paint: in the built page, public/start-app.js adds this entry
 * once the browser has painted. It loads the app, retrying a failed download, and hands the
 * presses held since the page appeared (public/hold-presses.js) to the app to replay.
 * This file stays tiny; everything else is in hydrate.tsx.
 */

import { takeEarlyPresses } from './entry/early-presses.ts';
import { warmUpIntl } from './entry/warm-up-intl.ts';

/** A flaky network gets these second chances (ms apart) before the page admits defeat. */
const RETRY_DELAYS_MS = [1000, 3000];

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

loadApp(0);
// In a task of its own, not this module's: each stays short while the app's code downloads.
setTimeout(warmUpIntl, 0);
