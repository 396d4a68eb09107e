import type { Source } from './show-types.ts';

/**
 * The sources behind a fact, each once, in the order the fact first cites them. Unknown ids are
 * dropped (validation reports them).
 */
export function sourcesFor(sources: readonly Source[], ids: readonly string[]): Source[] {
  return [...new Set(ids)].flatMap((id) => sources.filter((source) => source.id === id));
}

/**
 * The sources an episode's facts can cite: the show's, with the episode's own added. An own entry
 * with the id of an open one is its full form (the address the open entry leaves out because it
 * names a plot point), so it replaces the open entry.
 */
export function withEpisodeSources(
  open: readonly Source[],
  own: readonly Source[],
): readonly Source[] {
  const ownIds = new Set(own.map((source) => source.id));
  return [...open.filter((source) => !ownIds.has(source.id)), ...own];
}
