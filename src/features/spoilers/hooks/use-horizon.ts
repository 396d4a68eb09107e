import { createContext, use } from 'react';
import type { Show } from '../../../data/show-types.ts';
import { usePreference } from '../../../lib/use-preference.ts';
import { pageHorizonStore, type HorizonStore } from '../stores/horizon-store.ts';

/** Null on the page (its one store per run); tests provide a fresh one with their own storage. */
export const HorizonStoreContext = createContext<HorizonStore | null>(null);

/** How many episodes a show's run has; a show whose run is not known yet has none to gate. */
export function episodeCountOf(show: Show): number {
  return show.run?.episodeCount.value ?? 0;
}

/**
 * How far the visitor has watched. 0 in the pre-rendered HTML and while React hydrates it (the
 * server never knows the visitor), the visitor's horizon from the render right after.
 */
export function useHorizon(show: Show) {
  const episodeCount = episodeCountOf(show);
  const store = use(HorizonStoreContext) ?? pageHorizonStore(episodeCount);
  const { value: horizon, fromLink, rejectedLinkValue } = usePreference(store);
  return { horizon, episodeCount, fromLink, rejectedLinkValue, setHorizon: store.set };
}
