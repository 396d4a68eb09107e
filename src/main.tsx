/*
 * Entry. The pre-rendered HTML is already readable, so the page's script should not compete
 * with the HTML and CSS for the first paint: React and the app load once the browser reports
 * the first contentful paint. This file stays tiny; everything else is in hydrate.tsx.
 */

// In the entry so the build links the stylesheet from the HTML, where it paints with the page.
import './styles/index.css';

/** Where paint timing is missing, or the tab is hidden and never paints, load anyway by then. */
const LATEST_START_MS = 2000;

let started = false;
function hydratePage(): void {
  if (started) return;
  started = true;
  void import('./hydrate.tsx');
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
