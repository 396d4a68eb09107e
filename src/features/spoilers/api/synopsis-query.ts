import { queryOptions } from '@tanstack/react-query';
import { synopsisLoaders } from '../../../data/synopsis-registry.ts';
import type { SpoilerLevel, SynopsisPart } from '../../../data/synopsis-types.ts';

/**
 * One level of the story. Disabled until the visitor asks for it: the loader is a dynamic import,
 * so before consent the browser never requests the chunk that holds the text.
 */
export function synopsisQueryOptions(showId: string, level: SpoilerLevel, consented: boolean) {
  return queryOptions({
    queryKey: ['show', showId, 'synopsis', level] as const,
    queryFn: async (): Promise<SynopsisPart> => {
      const load = synopsisLoaders[showId]?.[level];
      if (!load) throw new Error(`No ${level} synopsis is registered for the show "${showId}".`);
      const { part } = await load();
      return part;
    },
    enabled: consented,
    staleTime: 'static',
  });
}
