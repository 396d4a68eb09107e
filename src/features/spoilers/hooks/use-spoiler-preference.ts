import { use, useSyncExternalStore } from 'react';
import type { SpoilerStore, SpoilerSnapshot } from '../utils/spoiler-store.ts';
import { SpoilerStoreContext } from './spoiler-store-context.ts';

/**
 * The visitor's spoiler choice. The server snapshot has every gate closed, so the pre-rendered
 * HTML and the hydrating render agree; the stored choice arrives in the render right after.
 */
export function useSpoilerPreference(): SpoilerSnapshot &
  Pick<SpoilerStore, 'setLevel' | 'setAll'> {
  const store = use(SpoilerStoreContext);
  const snapshot = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
  return { ...snapshot, setLevel: store.setLevel, setAll: store.setAll };
}
