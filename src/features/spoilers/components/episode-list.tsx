import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { QueryResult } from '../../../components/ui/query-result.tsx';
import type { Show } from '../../../data/show-types.ts';
import { episodeQueryOptions } from '../api/episode-query.ts';
import { episodeCountOf, useShownEpisodeCount } from '../hooks/use-horizon.ts';
import { EpisodeDetails } from './episode-details.tsx';
import { EpisodeTitleGate } from './episode-title.tsx';
import { HorizonControl } from './horizon-control.tsx';

/**
 * The horizon control, then one entry per episode up to the visitor's horizon (every episode
 * with "Show all spoilers" on), then how many are hidden, by number only. Past the horizon
 * nothing is rendered or requested, except a title the visitor asks for on its own.
 */
export function EpisodeList({ show }: { show: Show }) {
  const episodeCount = episodeCountOf(show);
  const shownCount = useShownEpisodeCount(show);
  const hidden = Array.from(
    { length: episodeCount - shownCount },
    (_, index) => shownCount + index + 1,
  );
  return (
    <div className="mt-8 space-y-4">
      <h3 className="font-display text-xl font-semibold text-ink">Episode by episode</h3>
      <HorizonControl show={show} />
      {shownCount > 0 && (
        <ol className="space-y-4">
          {Array.from({ length: shownCount }, (_, index) => (
            <li key={index + 1}>
              <EpisodeEntry show={show} episodeNumber={index + 1} />
            </li>
          ))}
        </ol>
      )}
      {/* Says what changed when the horizon moves: counts only, never a title. */}
      <p role="status" className="max-w-prose text-ink">
        {hiddenSummary(hidden, episodeCount)}
      </p>
      {hidden.length > 0 && (
        <div>
          <p className="text-sm text-ink-muted">Or show a single title:</p>
          <ul className="mt-1 grid gap-x-6 sm:grid-cols-2">
            {hidden.map((episodeNumber) => (
              <li key={episodeNumber} className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-ink-muted">Episode {episodeNumber}:</span>
                <EpisodeTitleGate show={show} episodeNumber={episodeNumber} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One episode within the visitor's horizon: loads its module, then shows it. */
function EpisodeEntry({ show, episodeNumber }: { show: Show; episodeNumber: number }) {
  const query = useQuery(episodeQueryOptions(show.id, episodeNumber));
  // Stays through every state, so "Try again" can hand focus here as its panel goes away.
  const placeRef = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={placeRef}
      tabIndex={-1}
      className="rounded-lg border border-line bg-surface p-4 sm:p-6"
    >
      <QueryResult
        query={query}
        what={`episode ${episodeNumber}`}
        focusOnRetry={() => placeRef.current?.focus()}
      >
        {(episode) => <EpisodeDetails show={show} episode={episode} />}
      </QueryResult>
    </div>
  );
}

function hiddenSummary(hidden: readonly number[], episodeCount: number): string {
  const [first] = hidden;
  const howToSee =
    'To see them, choose a later episode under “I have seen”, or turn on “Show all spoilers”.';
  if (first === undefined) return `All ${episodeCount} episodes are shown.`;
  if (hidden.length === episodeCount) {
    return `All ${episodeCount} episodes are hidden, titles included. ${howToSee}`;
  }
  if (hidden.length === 1) {
    return `Episode ${first}, the last, is hidden, title included. To see it, choose “all ${episodeCount}” under “I have seen”, or turn on “Show all spoilers”.`;
  }
  return `Episodes ${first} to ${episodeCount} are hidden (${hidden.length} episodes), titles included. ${howToSee}`;
}
