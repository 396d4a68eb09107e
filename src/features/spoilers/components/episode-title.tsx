import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { EpisodeDetail, Show } from '../../../data/show-types.ts';
import { episodeQueryOptions } from '../api/episode-query.ts';
import { useShownEpisodeCount } from '../hooks/use-horizon.ts';

/*
 * Every way the page shows an episode's title. Titles are spoilers: one is rendered, and so
 * downloaded, only where the visitor may see it.
 */

interface EpisodeTitleProps {
  show: Show;
  /** 1 for the first episode, as in the show's `run.episodes[].number`. */
  episodeNumber: number;
}

/**
 * The title of an episode the visitor may see, and nothing at all past the horizon (nor in the
 * build's HTML, which cannot know it). For the episode guide, where a reveal in each row would cost
 * a Tab stop per episode; the story's episode list has the reveals.
 */
export function SeenEpisodeTitle({ show, episodeNumber }: EpisodeTitleProps) {
  const shownCount = useShownEpisodeCount(show);
  if (episodeNumber > shownCount) return null;
  return <LoadedTitle show={show} episodeNumber={episodeNumber} />;
}

/**
 * The title itself, or the way to it. Past the horizon the episode's query is not used, so its
 * chunk is not requested until the visitor presses "Show the title" for this one episode; the
 * button stays in place as "Hide the title", so focus never falls back to <body>.
 */
export function EpisodeTitleGate({ show, episodeNumber }: EpisodeTitleProps) {
  const shownCount = useShownEpisodeCount(show);
  const [revealed, setRevealed] = useState(false);
  const titleId = useId();

  if (episodeNumber <= shownCount) return <LoadedTitle show={show} episodeNumber={episodeNumber} />;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-3">
      {/* Announces the title the visitor asked for, and only that. */}
      <span id={titleId} aria-live="polite">
        {revealed ? (
          <LoadedTitle show={show} episodeNumber={episodeNumber} />
        ) : (
          <span className="text-ink-muted italic">Title hidden</span>
        )}
      </span>
      <button
        type="button"
        aria-expanded={revealed}
        aria-controls={titleId}
        onClick={() => {
          setRevealed(!revealed);
        }}
        className="min-h-11 rounded-md px-1 text-sm font-semibold text-accent underline underline-offset-2 hover:text-accent-strong"
      >
        {revealed ? 'Hide the title ' : 'Show the title '}
        <span className="sr-only">of episode {episodeNumber}</span>
      </button>
    </span>
  );
}

/** Fetched with its episode's module: rendering it is what downloads it. */
function LoadedTitle({ show, episodeNumber }: EpisodeTitleProps) {
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

/**
 * An episode's title in English and as credited in Japanese. A title found in only one place is
 * kept, and says so, so a reader knows how far to trust it.
 */
export function EpisodeTitleText({ title }: { title: EpisodeDetail['title'] }) {
  return (
    <span>
      <span className="font-semibold">{title.english}</span>
      <OneSource shown={title.singleSource.includes('english')} />{' '}
      <span lang="ja">{title.japanese}</span>
      <OneSource shown={title.singleSource.includes('japanese')} />
    </span>
  );
}

function OneSource({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <>
      {' '}
      <span className="text-sm text-ink-muted">(found in one source only)</span>
    </>
  );
}
