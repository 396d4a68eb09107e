import type { Show } from '../data/show-types.ts';
import { EpisodeGuide } from '../features/release/components/episode-guide.tsx';
import { Island } from './island.tsx';

/** The episode guide: HTML, its horizon control an island, and one island that fills its slots. */
export function Guide({ show }: { show: Show }) {
  if (!show.run) return null;
  return (
    <EpisodeGuide
      show={show}
      run={show.run}
      horizonControl={<Island name="horizon-control" />}
      live={<Island name="guide" className="hidden" />}
    />
  );
}
