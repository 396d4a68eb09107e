// The built page only: scripts/build.mjs writes this, minified, in place of the entry's
// <script type="module">, with the entry and the chunks it will import in data attributes.
// As a <script src> the entry was found by the browser's preload scanner and fetched alongside
// the HTML: a request that competes with the first paint (and that Lighthouse's simulation of a
// phone counts against it). The pre-rendered page is readable without script, so the script
// starts once the browser has painted: the entry and the chunks hydration needs, all at once.
(function () {
  'use strict';

  // Where paint timing is missing, or the tab is hidden and never paints, start anyway by then.
  var LATEST_START_MS = 2000;
  var data = document.currentScript.dataset;
  var started = false;

  function add(element) {
    // Module scripts are fetched in CORS mode; preloads must match to be reused.
    element.crossOrigin = '';
    document.head.appendChild(element);
  }

  function start() {
    if (started) return;
    started = true;
    data.preload.split(' ').forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      add(link);
    });
    var entry = document.createElement('script');
    entry.type = 'module';
    entry.src = data.entry;
    add(entry);
  }

  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.indexOf('paint') !== -1
  ) {
    var observer = new PerformanceObserver(function (entries) {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        start();
      }
    });
    // `buffered` also delivers a paint that happened before this script ran.
    observer.observe({ type: 'paint', buffered: true });
  }
  setTimeout(start, LATEST_START_MS);
})();
