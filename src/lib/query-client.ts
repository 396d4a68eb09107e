import { notifyManager, QueryClient } from '@tanstack/react-query';

/**
 * Defaults for every query on the page. The data is local and versioned with the build, so it
 * never goes stale; a failed chunk load is retried twice before the error UI shows.
 *
 * Query tells the page about a result in a batch it runs on a timer (setTimeout 0) by default;
 * a microtask delivers the same batch without waiting for a timer, so what arrives is shown at
 * once, also while the browser tests hold the clock still (a supported setting of Query).
 */
export function createQueryClient(): QueryClient {
  notifyManager.setScheduler(queueMicrotask);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 'static',
        retry: 2,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
