import type { Source } from './show-types.ts';

/** The sources behind a fact, in the order the fact cites them. Unknown ids are dropped (validation reports them). */
export function sourcesFor(sources: readonly Source[], ids: readonly string[]): Source[] {
  return ids.flatMap((id) => sources.filter((source) => source.id === id));
}
