import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { QueryResult } from '../components/ui/query-result.tsx';
import { codeQueryOptions } from '../lib/code-query.ts';
import { useHydrated } from '../lib/hydrating.ts';
import { WATCH_PARAM } from '../lib/watch-link.ts';
import type { IslandProps } from './islands.tsx';

/*
 * The watch-along's card and form are downloaded only when a link names a watch-along or the
 * visitor asks to plan one: one download for both, whichever comes first.
 */
const partsCode = codeQueryOptions('watch-along', () => import('./watch-along-parts.tsx'));

/** The watch-along a `?watch=` link describes, first on the page; nothing without one. */
export function WatchAlongFromLink({ show }: IslandProps) {
  // The build cannot know the address: the card exists only in the browser.
  const linked = useHydrated() && new URLSearchParams(window.location.search).has(WATCH_PARAM);
  const parts = useQuery({ ...partsCode, enabled: linked });
  const place = useRef<HTMLDivElement>(null);
  if (!linked) return null;
  return (
    // Where focus goes when "Try again" (and its button) gives way to the card.
    <div ref={place} tabIndex={-1}>
      <QueryResult
        query={parts}
        what="the watch-along"
        errorTitle="The watch-along could not be loaded"
        focusOnRetry={() => place.current?.focus()}
      >
        {({ CardFromAddress }) => <CardFromAddress show={show} />}
      </QueryResult>
    </div>
  );
}

/** "Plan a watch-along": opens the form that makes a link, downloading it on the first press. */
export function WatchAlongPlan({ show }: IslandProps) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const parts = useQuery({ ...partsCode, enabled: open });
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
        disabled={!hydrated}
        onClick={() => {
          setOpen(!open);
        }}
        className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface-raised px-4 py-2 font-semibold text-ink hover:border-metal disabled:cursor-progress disabled:opacity-75"
      >
        Plan a watch-along
      </button>
      <div id={formId} className="mt-3 empty:hidden">
        {open && (
          <QueryResult
            query={parts}
            what="the form"
            errorTitle="The watch-along form could not be loaded"
            focusOnRetry={() => button.current?.focus()}
          >
            {({ Planner }) => <Planner show={show} />}
          </QueryResult>
        )}
      </div>
    </div>
  );
}
