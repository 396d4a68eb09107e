import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { capitalize } from '../../lib/capitalize.ts';
import { ErrorPanel } from './error-panel.tsx';

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  /**
   * What loads, as "Loading {what}…" says it: "episode 3", "the premise". The failure says it
   * too: "Episode 3 could not be loaded".
   */
  what: string;
  /** Moves focus to what stays once "Try again" (and its panel) goes away. */
  focusOnRetry: () => void;
  children: (data: T) => ReactNode;
}

/**
 * A query's data, or the failure with a "Try again" that fetches afresh, or the loading line.
 * For parts that load on their own without suspending the section around them.
 */
export function QueryResult<T>({ query, what, focusOnRetry, children }: QueryResultProps<T>) {
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <ErrorPanel
        title={`${capitalize(what)} could not be loaded`}
        error={query.error}
        onRetry={() => {
          focusOnRetry();
          void query.refetch();
        }}
      />
    );
  }
  // Offline, TanStack Query pauses the load and resumes it by itself once back online.
  if (query.fetchStatus === 'paused') {
    return (
      <p className="text-ink">
        You are offline, so {what} cannot be downloaded yet. It will load by itself once the
        connection is back.
      </p>
    );
  }
  return (
    <p className="text-ink-muted">
      {/* "Still loading" is said by the pulsing dot: text that fades in and out loses contrast. */}
      <span
        aria-hidden="true"
        className="mr-2 inline-block size-2 animate-pulse rounded-full bg-accent"
      />
      Loading {what}…
    </p>
  );
}
