import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { QueryResult } from '../../../components/ui/query-result.tsx';
import type { Show } from '../../../data/show-types.ts';
import { episodeQueryOptions } from '../api/episode-query.ts';
import { EpisodeDetails } from './episode-details.tsx';

/** One episode within the visitor's horizon: loads its module, then shows it. */
export function EpisodeEntry({ show, episodeNumber }: { show: Show; episodeNumber: number }) {
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
        errorTitle={`Episode ${episodeNumber} could not be loaded`}
        focusOnRetry={() => placeRef.current?.focus()}
      >
        {(episode) => <EpisodeDetails show={show} episode={episode} />}
      </QueryResult>
    </div>
  );
}
