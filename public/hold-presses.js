// Runs in <head>, before anything on the page can be pressed; the build writes it, minified, into
// the page beside boot.js, allowed by its hash. Until React listens, the pre-rendered buttons are
// plain HTML and a press on one does nothing. This keeps each press: the button answers at once
// (CSS shows it busy, assistive tech hears it), and the app takes the held buttons over once
// React listens and presses them again, in order, once the page is hydrated
// (src/entry/early-presses.ts). An early press arrives late instead of being lost.
(function () {
  'use strict';

  var root = document.documentElement;
  var held = [];

  function hold(event) {
    var button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    held.push(button);
    // React never sets these, so hydration is not disturbed.
    button.setAttribute('aria-busy', 'true');
    button.dataset.pendingPress = 'true';
  }

  // Capture phase: seen before anything else on the page can stop the event.
  document.addEventListener('click', hold, true);

  function stopHolding() {
    failure.disconnect();
    window.removeEventListener('error', noticeDeadEntry, true);
    document.removeEventListener('click', hold, true);
  }

  // The app's entry itself failing to download (the module script public/start-app.js adds):
  // nothing else is left to say so, and the app will never take the held presses. Mark it as
  // src/main.tsx does when its own retries run out; the story section shows what happened.
  function noticeDeadEntry(event) {
    var failed = event.target;
    if (failed instanceof HTMLScriptElement && failed.type === 'module') {
      root.setAttribute('data-script-failed', 'true');
    }
  }
  // Capture phase: a script's error event does not bubble.
  window.addEventListener('error', noticeDeadEntry, true);

  // A script that failed for good (html[data-script-failed]) will never replay the held presses:
  // stop holding, and stop saying the buttons are busy.
  var failure = new MutationObserver(function () {
    if (!root.hasAttribute('data-script-failed')) return;
    stopHolding();
    held.splice(0).forEach(function (button) {
      button.removeAttribute('aria-busy');
      delete button.dataset.pendingPress;
    });
  });
  failure.observe(root, { attributes: true, attributeFilter: ['data-script-failed'] });

  // The app asks once, as React starts listening: from then on React handles presses itself
  // (holding them too would press twice), and the buttons held so far are the app's to replay.
  document.addEventListener(
    'early-presses:hand-over',
    function (event) {
      stopHolding();
      event.detail(held.splice(0));
    },
    { once: true },
  );
})();
