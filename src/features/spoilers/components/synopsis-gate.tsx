import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import type { Show } from '../../../data/show-types.ts';
import type { SpoilerLevel } from '../../../data/synopsis-types.ts';
import { synopsisQueryOptions } from '../api/synopsis-query.ts';
import { useHydrated } from '../../../lib/use-hydrated.ts';
import { useSpoilerPreference } from '../hooks/use-spoiler-preference.ts';
import { LEVEL_COPY } from '../utils/level-copy.ts';
import { SynopsisContent } from './synopsis-content.tsx';

/**
 * A WAI-ARIA disclosure for one level of the story. While closed, the text is not rendered at all
 * (and not even downloaded), so find-in-page, screen readers and copying cannot reach it. The
 * button stays in place in both states, so focus never falls back to <body>.
 */
export function SynopsisGate({ show, level }: { show: Show; level: SpoilerLevel }) {
  const { visibility, setLevel } = useSpoilerPreference();
  const hydrated = useHydrated();
  const shown = visibility[level];
  const query = useQuery(synopsisQueryOptions(show.id, level, shown));
  const buttonRef = useRef<HTMLButtonElement>(null);
  const copy = LEVEL_COPY[level];
  const panelId = `story-${level}`;

  const retry = () => {
    // The error panel (and its focused "Try again") unmounts as the retry starts; keep focus close.
    buttonRef.current?.focus();
    void query.refetch();
  };

  return (
    <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => {
          setLevel(level, !shown);
        }}
        className={`group inline-flex min-h-11 items-center gap-3 rounded-md border border-line bg-surface-raised px-4 py-2 text-left font-semibold text-ink hover:border-accent ${hydrated ? '' : copy.closedButtonBeforeHydration}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4 shrink-0 fill-current text-accent transition-transform group-aria-expanded:rotate-90"
        >
          <path d="M5 2.5 11 8l-6 5.5z" />
        </svg>
        {shown ? (
          <span>{`Hide ${copy.subject}`}</span>
        ) : (
          <span>
            {`Show ${copy.subject} `}
            <span className="font-normal text-ink-muted">{`— ${copy.strength}`}</span>
          </span>
        )}
      </button>
      {!hydrated && (
        <p className={`min-h-11 py-2 text-ink-muted ${copy.placeholderBeforeHydration}`}>
          Loading the story…
        </p>
      )}
      <div id={panelId}>
        {shown && query.isPending && (
          // The dot pulses, not the words: text that fades in and out loses its contrast.
          <p className="mt-4 text-ink-muted">
            <span
              aria-hidden="true"
              className="mr-2 inline-block size-2 animate-pulse rounded-full bg-accent"
            />
            Loading {copy.subject}…
          </p>
        )}
        {shown && query.isError && (
          <div className="mt-4">
            <ErrorPanel
              title={`${capitalize(copy.subject)} could not be loaded`}
              error={query.error}
              onRetry={retry}
            />
          </div>
        )}
        {/* Present (empty) from the start, so screen readers announce the text once it arrives. */}
        <div aria-live="polite">
          {shown && query.data && (
            <div className="mt-4">
              <SynopsisContent show={show} part={query.data} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
