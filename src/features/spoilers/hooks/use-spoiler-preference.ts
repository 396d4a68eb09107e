import { createContext, use } from 'react';
import { usePreference } from '../../../lib/use-preference.ts';
import type { SpoilerLevel } from '../../../data/synopsis-types.ts';
import { spoilerStore, type SpoilerStore } from '../stores/spoiler-store.ts';
import { ALL_HIDDEN, ALL_SHOWN, withLevel } from '../utils/spoiler-visibility.ts';

/** The page uses the one module-level store; tests provide a fresh one with their own storage. */
export const SpoilerStoreContext = createContext<SpoilerStore>(spoilerStore);

/**
 * The visitor's spoiler choice. Every gate is closed in the pre-rendered HTML; the browser's
 * render brings the stored choice.
 */
export function useSpoilerPreference() {
  const store = use(SpoilerStoreContext);
  const { value: visibility, remembered } = usePreference(store);
  return {
    visibility,
    remembered,
    setLevel: (level: SpoilerLevel, shown: boolean) => {
      store.update((current) => withLevel(current, level, shown));
    },
    setAll: (shown: boolean) => {
      store.set(shown ? ALL_SHOWN : ALL_HIDDEN);
    },
  };
}
