import { useExternalStore } from './hydrating.ts';
import type { PreferenceSnapshot, PreferenceStore } from './preference-store.ts';

/**
 * A preference in a component. The server snapshot holds the default, so the pre-rendered HTML
 * and the hydrating render agree; the visitor's value arrives once its island is live.
 */
export function usePreference<T>(store: PreferenceStore<T>): PreferenceSnapshot<T> {
  return useExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
