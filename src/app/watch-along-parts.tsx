import type { Show } from '../data/show-types.ts';
import { episodeCountOf, useHorizon } from '../features/spoilers/hooks/use-horizon.ts';
import { WatchAlongCard } from '../features/watch-along/components/watch-along-card.tsx';
import { WatchAlongPlanner } from '../features/watch-along/components/watch-along-planner.tsx';
import { readWatchLink } from '../features/watch-along/utils/watch-link.ts';

/*
 * The watch-along's card and form with the visitor's horizon, composed here (the horizon is the
 * spoiler feature's): downloaded only when a link names a watch-along or the visitor asks to plan
 * one (app/watch-along-islands.tsx).
 */

/** The watch-along the page's address describes, or what was wrong with the link. */
export function CardFromAddress({ show }: { show: Show }) {
  const { value, stored, setHorizon, followStoredHorizon } = useHorizon(show);
  const reading = readWatchLink(window.location.search, episodeCountOf(show));
  if (!reading) return null;
  return (
    <WatchAlongCard
      show={show}
      reading={reading}
      visitHorizon={value}
      ownHorizon={stored}
      onUseOwnHorizon={followStoredHorizon}
      onMarkSeen={setHorizon}
    />
  );
}

/** The form, starting after the episodes the visitor has seen. */
export function Planner({ show }: { show: Show }) {
  return <WatchAlongPlanner episodeCount={episodeCountOf(show)} horizon={useHorizon(show).value} />;
}
