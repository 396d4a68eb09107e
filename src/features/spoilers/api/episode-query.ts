import { queryOptions } from '@tanstack/react-query';
import type { EpisodeDetail } from '../../../data/episode-schema.ts';
import { episodeLoaders } from '../../../data/episode-registry.ts';
import { showQueryOptions } from '../../../data/show-query.ts';

/**
 * One episode's gated module: its titles, setup, staff and own sources. Only the components
 * that show an episode the visitor may see (within the horizon, or one they asked to see) use it,
 * and the loader is a dynamic import, so the browser never requests an episode past the horizon.
 */
export function episodeQueryOptions(showId: string, episodeNumber: number) {
  return queryOptions({
    queryKey: ['show', showId, 'episode', episodeNumber] as const,
    queryFn: async ({ client }): Promise<EpisodeDetail> => {
      const load = episodeLoaders[showId]?.[episodeNumber];
      if (!load) throw new Error(`No episode ${episodeNumber} is registered for "${showId}".`);
      const [show, { episode }, { validateEpisodeDetail }] = await Promise.all([
        client.query(showQueryOptions(showId)),
        load(),
        import('../../../data/validate-show.ts'),
      ]);
      return validateEpisodeDetail(episode, show, episodeNumber);
    },
    staleTime: 'static',
  });
}
