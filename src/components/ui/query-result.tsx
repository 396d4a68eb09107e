import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel.tsx';
import { LoadingLine } from './loading-line.tsx';

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  /** What loads, as "Loading {what}…" says it: "episode 3", "the premise". */
  what: string;
  /** Heading of the error panel. */
  errorTitle: string;
  /** Moves focus to what stays once "Try again" (and its panel) goes away. */
  focusOnRetry: () => void;
  children: (data: T) => ReactNode;
}

/**
 * A query's data, or the failure with a "Try again" that fetches afresh, or the loading line
 * (which says so when the load waits for the connection). For parts that load on their own
 * without suspending the section around them.
 */
export function QueryResult<T>({
  query,
  what,
  errorTitle,
  focusOnRetry,
  children,
}: QueryResultProps<T>) {
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <ErrorPanel
        title={errorTitle}
        error={query.error}
        onRetry={() => {
          focusOnRetry();
          void query.refetch();
        }}
      />
    );
  }
  return <LoadingLine what={what} offline={query.fetchStatus === 'paused'} />;
}
