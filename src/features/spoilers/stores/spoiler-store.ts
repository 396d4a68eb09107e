import type { SafeStorage } from '../../../lib/safe-storage.ts';
import { createPreference } from '../../../lib/preference-store.ts';
import {
  SPOILER_STORAGE_KEY,
  parseSpoilerLink,
  SPOILER_URL_PARAM,
  parseVisibility,
  serializeVisibility,
} from '../utils/spoiler-visibility.ts';

/**
 * Which story levels the visitor has chosen to see. A `?spoilers=show|hide` link decides the
 * visit but is never stored; a press stores only the level it changed on top of what was
 * stored, so a shared link's choice never becomes the visitor's own.
 */
export function createSpoilerStore(storage?: SafeStorage, readSearch?: () => string) {
  return createPreference({
    key: SPOILER_STORAGE_KEY,
    parse: parseVisibility,
    serialize: serializeVisibility,
    link: { param: SPOILER_URL_PARAM, parse: parseSpoilerLink },
    storage,
    readSearch,
  });
}

export type SpoilerStore = ReturnType<typeof createSpoilerStore>;

/** The page's one store; components reach it through SpoilerStoreContext so tests can swap it. */
export const spoilerStore: SpoilerStore = createSpoilerStore();
