import { queryOptions } from '@tanstack/react-query';
import { showQueryOptions } from '../../../data/show-query.ts';
import { synopsisLoaders } from '../../../data/synopsis-registry.ts';
import type { SpoilerLevel, SynopsisPart } from '../../../data/synopsis-types.ts';

/**
 * One level of the story. Only the panel that shows an opened level uses it, and the loader is a
 * dynamic import, so before consent the browser never requests the chunk that holds the text.
 * The part is checked like the show, its sources against the show's (already in the cache).
 */
export function synopsisQueryOptions(showId: string, level: SpoilerLevel) {
  return queryOptions({
    queryKey: ['show', showId, 'synopsis', level] as const,
    queryFn: async ({ client }): Promise<SynopsisPart> => {
      const load = synopsisLoaders[showId]?.[level];
      if (!load) throw new Error(`No ${level} synopsis is registered for the show "${showId}".`);
      const [show, { part }, { validateSynopsisPart }] = await Promise.all([
        client.query(showQueryOptions(showId)),
        load(),
        import('../../../data/validate-show.ts'),
      ]);
      return validateSynopsisPart(part, show);
    },
    staleTime: 'static',
  });
}
