import { useQuery } from '@tanstack/react-query';
import { useRef, type RefObject } from 'react';
import { QueryResult } from '../../../components/ui/query-result.tsx';
import { SourceList } from '../../../components/ui/source-list.tsx';
import type { Show } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';
import type { SpoilerLevel } from '../../../data/synopsis-types.ts';
import { useLive } from '../../../lib/live.ts';
import { synopsisQueryOptions } from '../api/synopsis-query.ts';
import { useHorizon } from '../hooks/use-horizon.ts';
import { useSpoilerPreference } from '../hooks/use-spoiler-preference.ts';
import { LEVEL_COPY } from '../utils/level-copy.ts';

/**
 * A WAI-ARIA disclosure for one level of the story. While closed, the text is not rendered at all
 * (and not even downloaded), so find-in-page, screen readers and copying cannot reach it. The
 * button stays in place in both states, so focus never falls back to <body>.
 *
 * A visitor who has seen at least one episode has nothing to fear from the premise or episode 1:
 * for them the level is simply shown, with no button to press.
 */
export function SynopsisGate({ show, level }: { show: Show; level: SpoilerLevel }) {
  const { visibility, setLevel } = useSpoilerPreference();
  const seenAny = useHorizon(show).value > 0;
  const live = useLive();
  const shown = seenAny || visibility[level];
  const buttonRef = useRef<HTMLButtonElement>(null);
  const copy = LEVEL_COPY[level];
  const panelId = `story-${level}`;

  return (
    <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
      {!seenAny && (
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={shown}
          aria-controls={panelId}
          // Until the island is live a press could do nothing: it says so by being disabled.
          disabled={!live}
          onClick={() => {
            setLevel(level, !shown);
          }}
          // Before the island is live, boot.js's data-seen means the level will open without a press.
          className={`group inline-flex min-h-11 items-center gap-3 rounded-md border border-line bg-surface-raised px-4 py-2 text-left font-semibold text-ink hover:border-accent disabled:cursor-progress disabled:opacity-75 ${live ? '' : `${copy.closedButtonBeforeLive} [:root[data-seen]_&]:hidden`}`}
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
      )}
      {!live && (
        <p
          className={`min-h-11 py-2 text-ink-muted ${copy.placeholderBeforeLive} [:root[data-seen]_&]:block`}
        >
          Loading the story…
        </p>
      )}
      {/* The live region is present (empty) from the start, so screen readers announce what
          arrives in it: "Loading…", then the text. */}
      <div id={panelId} aria-live="polite">
        {shown && <SynopsisPanel show={show} level={level} returnFocusTo={buttonRef} />}
      </div>
    </div>
  );
}

interface SynopsisPanelProps {
  show: Show;
  level: SpoilerLevel;
  /**
   * Where focus goes as "Try again" (and its panel) goes away: the gate's button, or, where the
   * level opened without one, this panel's own place.
   */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** Mounted only once the level is open, so its query (and the level's chunk) starts then. */
function SynopsisPanel({ show, level, returnFocusTo }: SynopsisPanelProps) {
  const query = useQuery(synopsisQueryOptions(show.id, level));
  const placeRef = useRef<HTMLDivElement>(null);
  return (
    <div ref={placeRef} tabIndex={-1} className="mt-4">
      <QueryResult
        query={query}
        what={LEVEL_COPY[level].subject}
        focusOnRetry={() => (returnFocusTo.current ?? placeRef.current)?.focus()}
      >
        {(part) => (
          <article className="max-w-prose space-y-3 text-ink">
            <h3 className="font-display text-xl font-semibold">{part.heading}</h3>
            {part.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {part.note && (
              <p className="border-l-2 border-metal pl-3 text-sm text-ink-muted">
                <span className="font-semibold">Where sources differ: </span>
                {part.note}
              </p>
            )}
            <SourceList sources={sourcesFor(show.sources, part.sourceIds)} />
          </article>
        )}
      </QueryResult>
    </div>
  );
}
