import { QueryClient } from '@tanstack/react-query';

/**
 * Defaults for every query on the page. The data is local and versioned with the build, so it
 * never goes stale; a failed chunk load is retried twice before the error UI shows.
 */
export function createQueryClient(): QueryClient {
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
