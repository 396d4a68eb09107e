import { useId, useState } from 'react';
import { useShownEpisodeCount } from '../hooks/use-horizon.ts';
import type { EpisodeTitleProps } from './episode-title.tsx';
import { LoadedTitle } from './loaded-title.tsx';
import { TitleHidden } from './title-hidden.tsx';

/**
 * The title itself, or the way to it. Past the horizon the episode's query is not used, so its
 * chunk is not requested until the visitor presses "Show the title" for this one episode; the
 * button stays in place as "Hide the title", so focus never falls back to <body>.
 */
export function EpisodeTitleGate({ show, episodeNumber }: EpisodeTitleProps) {
  const shownCount = useShownEpisodeCount(show);
  const [revealed, setRevealed] = useState(false);
  const titleId = useId();
  const withinHorizon = episodeNumber <= shownCount;

  if (withinHorizon) return <LoadedTitle show={show} episodeNumber={episodeNumber} />;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-3">
      {/* Announces the title the visitor asked for, and only that. */}
      <span id={titleId} aria-live="polite">
        {revealed ? <LoadedTitle show={show} episodeNumber={episodeNumber} /> : <TitleHidden />}
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
