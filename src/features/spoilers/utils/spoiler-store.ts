import type { SpoilerLevel } from '../../../data/synopsis-types.ts';
import { safeStorage, type SafeStorage } from '../../../lib/safe-storage.ts';
import {
  ALL_HIDDEN,
  ALL_SHOWN,
  SPOILER_STORAGE_KEY,
  parseVisibility,
  readUrlOverride,
  serializeVisibility,
  withLevel,
  type SpoilerVisibility,
} from './spoiler-visibility.ts';

export interface SpoilerSnapshot {
  visibility: SpoilerVisibility;
  /**
   * False only in the server snapshot, i.e. in the pre-rendered HTML and while React hydrates it.
   * Until then boot.js's attribute on <html> decides what CSS shows.
   */
  hydrated: boolean;
  /** False when the browser refuses storage: the choice then lasts for this visit only. */
  remembered: boolean;
}

export interface SpoilerStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SpoilerSnapshot;
  getServerSnapshot: () => SpoilerSnapshot;
  setLevel: (level: SpoilerLevel, shown: boolean) => void;
  setAll: (shown: boolean) => void;
}

/** The pre-rendered page always has every gate closed: the HTML never carries the story. */
const SERVER_SNAPSHOT: SpoilerSnapshot = {
  visibility: ALL_HIDDEN,
  hydrated: false,
  remembered: true,
};

/**
 * The visitor's choice for this visit, read lazily on the client (never during pre-rendering).
 * A `?spoilers=` link decides the visit but is never written to storage; a press writes only the
 * level it changed on top of what was stored, so a shared link's choice never becomes the
 * visitor's own.
 */
export function createSpoilerStore(
  storage: SafeStorage = safeStorage,
  readSearch: () => string = () => window.location.search,
): SpoilerStore {
  const listeners = new Set<() => void>();
  let snapshot: SpoilerSnapshot | undefined;

  const current = (): SpoilerSnapshot => {
    if (!snapshot) {
      const stored = parseVisibility(storage.get(SPOILER_STORAGE_KEY));
      snapshot = {
        visibility: readUrlOverride(readSearch()) ?? stored,
        hydrated: true,
        remembered: storage.persistent,
      };
    }
    return snapshot;
  };

  const show = (visibility: SpoilerVisibility): void => {
    snapshot = { visibility, hydrated: true, remembered: storage.persistent };
    for (const listener of listeners) listener();
  };

  const update = (change: (visibility: SpoilerVisibility) => SpoilerVisibility): void => {
    const visibility = change(current().visibility);
    storage.set(
      SPOILER_STORAGE_KEY,
      serializeVisibility(change(parseVisibility(storage.get(SPOILER_STORAGE_KEY)))),
    );
    show(visibility);
  };

  /** A choice made in another tab of this page applies here too, unless a link decides this visit. */
  const followOtherTabs = (event: StorageEvent): void => {
    if (event.key !== SPOILER_STORAGE_KEY || readUrlOverride(readSearch())) return;
    show(parseVisibility(event.newValue));
  };

  return {
    subscribe: (listener) => {
      if (listeners.size === 0) window.addEventListener('storage', followOtherTabs);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', followOtherTabs);
      };
    },
    getSnapshot: current,
    getServerSnapshot: () => SERVER_SNAPSHOT,
    setLevel: (level, shown) => {
      update((visibility) => withLevel(visibility, level, shown));
    },
    setAll: (shown) => {
      update(() => (shown ? ALL_SHOWN : ALL_HIDDEN));
    },
  };
}

/** The page's one store; components reach it through SpoilerStoreContext so tests can swap it. */
export const spoilerStore: SpoilerStore = createSpoilerStore();
