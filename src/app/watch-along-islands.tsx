import { lazy, Suspense, useId, useState } from 'react';
import { useHydrated } from '../lib/hydrating.ts';
import { WATCH_PARAM } from '../lib/watch-link.ts';
import type { IslandProps } from './islands.tsx';

/*
 * The watch-along's two islands. What they show (the card, the form) is downloaded only when a
 * link names a watch-along or the visitor asks to plan one; each is made per mount, so that the
 * island's "Try again" downloads afresh after a failure.
 */
const load = () => import('./watch-along-parts.tsx');

/** The watch-along a `?watch=` link describes, first on the page; nothing without one. */
export function WatchAlongFromLink({ show }: IslandProps) {
  const [Card] = useState(() =>
    lazy(() => load().then((parts) => ({ default: parts.CardFromAddress }))),
  );
  // The build cannot know the address: the card exists only in the browser.
  const hydrated = useHydrated();
  if (!hydrated || !new URLSearchParams(window.location.search).has(WATCH_PARAM)) return null;
  return (
    <Suspense fallback={<p className="text-ink-muted">Loading the watch-along…</p>}>
      <Card show={show} />
    </Suspense>
  );
}

/** "Plan a watch-along": opens the form that makes a link, downloading it on the first press. */
export function WatchAlongPlan({ show }: IslandProps) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [Planner] = useState(() =>
    lazy(() => load().then((parts) => ({ default: parts.Planner }))),
  );
  const formId = useId();
  return (
    <div className="mt-4 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={formId}
        // Until the island is live a press could do nothing: it says so by being disabled.
        disabled={!hydrated}
        onClick={() => {
          setOpen(!open);
        }}
        className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface-raised px-4 py-2 font-semibold text-ink hover:border-metal disabled:cursor-progress disabled:opacity-75"
      >
        Plan a watch-along
      </button>
      <div id={formId}>
        {open && (
          <Suspense fallback={<p className="mt-3 text-ink-muted">Loading the form…</p>}>
            <Planner show={show} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
