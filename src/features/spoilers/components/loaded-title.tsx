import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { episodeQueryOptions } from '../api/episode-query.ts';
import { EpisodeTitleText } from './episode-title-text.tsx';
import type { EpisodeTitleProps } from './episode-title.tsx';

/**
 * An episode's title, fetched with its episode's module: render it only where the visitor may see
 * that title, as rendering it is what downloads it.
 */
export function LoadedTitle({ show, episodeNumber }: EpisodeTitleProps) {
  const query = useQuery(episodeQueryOptions(show.id, episodeNumber));
  // Stays in place through every state, so a retry can keep focus here.
  const placeRef = useRef<HTMLSpanElement>(null);
  return (
    <span ref={placeRef} tabIndex={-1}>
      {query.data ? (
        <EpisodeTitleText title={query.data.title} />
      ) : query.isError ? (
        <>
          <span role="alert">The title of episode {episodeNumber} could not be loaded. </span>
          <button
            type="button"
            onClick={() => {
              placeRef.current?.focus();
              void query.refetch();
            }}
            className="min-h-11 rounded-md px-1 text-sm font-semibold text-accent underline underline-offset-2"
          >
            Try again
          </button>
        </>
      ) : (
        <span className="text-ink-muted">Loading the title…</span>
      )}
    </span>
  );
}
