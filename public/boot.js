// Runs in <head> before the first paint, minified into the page as a classic script that the
// Content-Security-Policy allows by its hash (scripts/build.mjs). It copies the visitor's saved
// choices onto <html> as attributes, so CSS shows the right state from the first frame, marks the
// page when its module script fails to download, and warms the time-zone data meanwhile. It must
// never throw: storage can be blocked (private modes, disabled cookies), so every access is guarded.
(function () {
  'use strict';

  var root = document.documentElement;

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function param(name) {
    try {
      return new URLSearchParams(window.location.search).get(name);
    } catch {
      return null;
    }
  }

  // The horizon a usable watch-along link sets, the episode before the group's first (as text),
  // or null (src/features/watch-along/utils/watch-link.ts, which reads the whole link, agrees).
  function watchAlongHorizon() {
    var watch = (param('watch') || '').trim();
    var range = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec((param('episodes') || '').trim()) || [];
    var first = +range[1];
    var last = +(range[2] || first);
    // A real UTC instant, to the minute or the second: 30 February does not survive the round trip.
    var ms = /^\d{4}(-\d\d){2}T\d\d(:\d\d){1,2}Z$/.test(watch) ? Date.parse(watch) : NaN;
    return ms === ms &&
      new Date(ms).toISOString().indexOf(watch.slice(0, -1)) === 0 &&
      first >= 1 &&
      first <= last &&
      last <= 13
      ? String(first - 1)
      : null;
  }

  // Sets `attribute` on <html> to what `value` works out; null leaves it off.
  function reflect(attribute, value) {
    try {
      var result = value();
      if (result !== null) root.setAttribute(attribute, result);
    } catch {
      // A broken preference must not stop the others or the page.
    }
  }

  // Keep in step with src/features/theme/stores/theme-store.ts: same key, 'light' or 'dark'.
  reflect('data-theme', function () {
    var theme = stored('metallic-rouge:theme');
    return theme === 'light' || theme === 'dark' ? theme : null;
  });

  // Keep in step with src/features/spoilers/utils/spoiler-visibility.ts: same key, same parameter,
  // same format (the shown levels, separated by spaces).
  reflect('data-spoilers', function () {
    var levels = ['premise', 'episode-1', 'all'];
    var override = param('spoilers');
    if (override === 'show') return levels.join(' ');
    if (override === 'hide') return null;
    var saved = (stored('metallic-rouge:spoilers') || '').split(/\s+/);
    var shown = levels.filter(function (level) {
      return saved.indexOf(level) !== -1;
    });
    return shown.length > 0 ? shown.join(' ') : null;
  });

  // The group's horizon, marked on its own: this is the first load's one reading of a link, which
  // src/features/spoilers/stores/horizon-store.ts takes from here.
  reflect('data-group-seen', watchAlongHorizon);

  // Keep in step with src/features/spoilers/stores/horizon-store.ts (at most 13 episodes): a
  // usable watch-along link decides first (the episode before the group's first), then ?seen=,
  // then the stored horizon.
  reflect('data-seen', function () {
    var group = root.getAttribute('data-group-seen');
    if (group !== null) return group > 0 ? group : null;
    var seen = [param('seen'), stored('metallic-rouge:seen')].filter(function (text) {
      return /^(0|[1-9]\d*)$/.test(text) && text <= 13;
    })[0];
    return seen > 0 ? seen : null;
  });

  // The page's module script failing to download (a dead network, a stale deploy): nothing else is
  // left to say so. CSS turns the stand-ins' "loading…" into "not loaded" (UntilScriptRuns).
  // Capture phase: a script's error event does not bubble.
  window.addEventListener(
    'error',
    function (event) {
      var failed = event.target;
      if (failed instanceof HTMLScriptElement && failed.type === 'module') {
        root.setAttribute('data-script-failed', 'true');
      }
    },
    true,
  );

  // After the first paint the page only waits for its script. ICU's first date format with a time
  // zone loads its zone data (~100 ms on a phone's CPU): done then, the islands find it ready
  // (docs/performance.md). Two frames on, so that it never holds up the first paint itself. A head
  // start only: nothing depends on it.
  function warmTimeZones() {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric' }).format(0);
      new Intl.DateTimeFormat().format(0);
    } catch {
      // No Intl worth warming: the page works it out later, as it would have.
    }
  }
  if (window.requestAnimationFrame) {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(warmTimeZones);
      });
    });
  }
})();
