import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode } from 'react';
import { BUTTON_STYLE } from '../components/ui/button-style.ts';
import { QueryResult } from '../components/ui/query-result.tsx';
import { codeQueryOptions } from '../lib/code-query.ts';
import { useLive } from '../lib/live.ts';
import { WATCH_PARAM } from '../lib/watch-link.ts';
import type { IslandProps } from './islands.tsx';

/*
 * The watch-along's card and form are downloaded only when a link names a watch-along or the
 * visitor asks to plan one: one download for both, whichever comes first. This file is in every
 * visitor's first load (issue #26 allows it 0.5 KiB), so it stays this small.
 */
const partsCode = codeQueryOptions('watch-along', () => import('./watch-along-parts.tsx'));
type Parts = typeof import('./watch-along-parts.tsx');

/** The card or the form once downloaded; "Try again" sends focus to `retryFocus`. */
function WatchAlongParts({
  what,
  retryFocus,
  children,
}: {
  what: string;
  retryFocus: React.RefObject<HTMLElement | null>;
  children: (parts: Parts) => ReactNode;
}) {
  const parts = useQuery(partsCode);
  return (
    <QueryResult query={parts} what={what} focusOnRetry={() => retryFocus.current?.focus()}>
      {children}
    </QueryResult>
  );
}

/** The watch-along a `?watch=` link describes, first on the page; nothing without one. */
export function WatchAlongFromLink({ show }: IslandProps) {
  const place = useRef<HTMLDivElement>(null);
  // The build cannot know the address: the card exists only in the browser.
  if (!useLive() || !new URLSearchParams(window.location.search).has(WATCH_PARAM)) return null;
  return (
    // Where focus goes when "Try again" (and its button) gives way to the card.
    <div ref={place} tabIndex={-1}>
      <WatchAlongParts what="the watch-along" retryFocus={place}>
        {({ CardFromAddress }) => <CardFromAddress show={show} />}
      </WatchAlongParts>
    </div>
  );
}

/** "Plan a watch-along": opens the form that makes a link, downloading it on the first press. */
export function WatchAlongPlan({ show }: IslandProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const formId = useId();
  return (
    <div className="mt-4 print:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={formId}
        // Until the island is live a press could do nothing: it says so by being disabled.
        disabled={!useLive()}
        onClick={() => {
          setOpen(!open);
        }}
        className={`${BUTTON_STYLE} disabled:cursor-progress disabled:opacity-75`}
      >
        Plan a watch-along
      </button>
      <div id={formId} className="mt-3 empty:hidden">
        {open && (
          <WatchAlongParts what="the watch-along form" retryFocus={button}>
            {({ Planner }) => <Planner show={show} />}
          </WatchAlongParts>
        )}
      </div>
    </div>
  );
}
