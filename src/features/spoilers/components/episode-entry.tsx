import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import type { Show } from '../../../data/show-types.ts';
import { episodeQueryOptions } from '../api/episode-query.ts';
import { EpisodeDetails } from './episode-details.tsx';
import { LoadingLine } from '../../../components/ui/loading-line.tsx';

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
      {query.data ? (
        <EpisodeDetails show={show} episode={query.data} />
      ) : query.isError ? (
        <ErrorPanel
          title={`Episode ${episodeNumber} could not be loaded`}
          error={query.error}
          onRetry={() => {
            placeRef.current?.focus();
            void query.refetch();
          }}
        />
      ) : (
        <LoadingLine what={`episode ${episodeNumber}`} offline={query.fetchStatus === 'paused'} />
      )}
    </div>
  );
}
