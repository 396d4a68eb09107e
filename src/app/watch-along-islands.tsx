import { lazy, Suspense, useId, useState } from 'react';
import { episodeCountOf, useHorizon } from '../features/spoilers/hooks/use-horizon.ts';
import { useHydrated } from '../lib/hydrating.ts';
import type { WatchAlongCardProps } from '../features/watch-along/components/watch-along-card.tsx';
import { WATCH_PARAM } from '../lib/watch-link.ts';
import type { IslandProps } from './islands.tsx';

/*
 * The watch-along's two islands. Their code (the card, the form) is downloaded only when a link
 * names a watch-along or the visitor asks to plan one; each is made per mount, so that the island's
 * "Try again" downloads afresh after a failure.
 */

// The link is read in full (its name, what is wrong with it) by code that comes with the card.
const loadCard = () =>
  Promise.all([
    import('../features/watch-along/components/watch-along-card.tsx'),
    import('../features/watch-along/utils/watch-link.ts'),
  ]).then(([{ WatchAlongCard }, { readWatchLink }]) => ({
    default: function WatchAlongFromAddress(props: Omit<WatchAlongCardProps, 'reading'>) {
      const reading = readWatchLink(window.location.search, episodeCountOf(props.show));
      return reading && <WatchAlongCard {...props} reading={reading} />;
    },
  }));

const loadPlanner = () =>
  import('../features/watch-along/components/watch-along-planner.tsx').then((module) => ({
    default: module.WatchAlongPlanner,
  }));

/** The watch-along a `?watch=` link describes, first on the page; nothing without one. */
export function WatchAlongFromLink({ show }: IslandProps) {
  const { value, stored, setHorizon, followStoredHorizon } = useHorizon(show);
  const [Card] = useState(() => lazy(loadCard));
  // The build cannot know the address: the card exists only in the browser.
  const hydrated = useHydrated();
  if (!hydrated || !new URLSearchParams(window.location.search).has(WATCH_PARAM)) return null;
  return (
    <Suspense fallback={<p className="text-ink-muted">Loading the watch-along…</p>}>
      <Card
        show={show}
        visitHorizon={value}
        ownHorizon={stored}
        onUseOwnHorizon={followStoredHorizon}
        onMarkSeen={setHorizon}
      />
    </Suspense>
  );
}

/** "Plan a watch-along": opens the form that makes a link, downloading it on the first press. */
export function WatchAlongPlan({ show }: IslandProps) {
  const { value } = useHorizon(show);
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [Planner] = useState(() => lazy(loadPlanner));
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
            <Planner episodeCount={episodeCountOf(show)} horizon={value} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
