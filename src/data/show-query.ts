import { queryOptions } from '@tanstack/react-query';
import type { Show } from './show-types.ts';

/** The one way to ask for a show. The loader and validator sit behind a dynamic import. */
export function showQueryOptions(showId: string) {
  return queryOptions({
    queryKey: ['show', showId],
    queryFn: async (): Promise<Show> => {
      const { loadShow } = await import('./load-show.ts');
      return loadShow(showId);
    },
    staleTime: 'static',
  });
}
