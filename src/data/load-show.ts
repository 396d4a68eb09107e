import { showLoaders } from './show-registry.ts';
import { validateShow } from './validate-show.ts';
import type { Show } from './show-types.ts';

/** Loads a show's module and validates it at the boundary. */
export async function loadShow(showId: string): Promise<Show> {
  const loader = showLoaders[showId];
  if (!loader) throw new Error(`There is no show with the id "${showId}".`);
  return validateShow(await loader(), showId);
}
