/*
 * Where the page is in taking over its pre-rendered HTML. React knows when one component is
 * hydrating but does not say; the page needs to know in two places: static parts keep their HTML
 * for ever (lib/static-part.tsx), and stores show the pre-rendered value first and move to the
 * browser's in a transition (lib/use-external-store.ts).
 */

let preRendered = false;
let pageCommitted = false;

/*
 * How many deferred parts on screen still wait for their code, kept on <html data-parts-waiting>.
 * The browser tests stop the clock only once it reads 0: React commits a part that arrives soon
 * after a fallback on a timer, and a stopped clock would hold that part back for ever.
 */
let partsWaiting = 0;

/** Called by the client entry just before hydrateRoot, when the page was pre-rendered. */
export function markHydratingPreRenderedPage(): void {
  preRendered = true;
}

/** True in the browser when the page came pre-rendered: static parts then keep their HTML. */
export function isPreRenderedPage(): boolean {
  return preRendered;
}

/**
 * Called once React has committed the hydrated page. That is later than the root: the page sits
 * in a Suspense boundary (the show's query), which React hydrates in a pass of its own.
 */
export function markPageHydrated(): void {
  pageCommitted = true;
}

/** A deferred part starts (+1) or stops (−1) waiting for its code. */
export function countWaitingParts(change: -1 | 1): void {
  partsWaiting += change;
  document.documentElement.dataset.partsWaiting = String(partsWaiting);
}

/**
 * True while a render may be hydrating pre-rendered HTML: before the page has committed, and
 * while a deferred part still waits to hydrate. A component mounted in that window starts from the
 * pre-rendered value; at worst that costs a fresh component one extra render, never a mismatch.
 */
export function mayBeHydrating(): boolean {
  return preRendered && (!pageCommitted || partsWaiting > 0);
}
