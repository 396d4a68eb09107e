import { useSyncExternalStore } from 'react';
import type { PreferenceSnapshot, PreferenceStore } from './preference-store.ts';

/**
 * A preference in a component. The server snapshot holds the default for the build's HTML; the
 * browser renders the visitor's value.
 */
export function usePreference<T>(store: PreferenceStore<T>): PreferenceSnapshot<T> {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
