import { createContext, use } from 'react';
import type { Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { usePreference } from '../../../lib/use-preference.ts';
import { pageHorizonStore, type HorizonStore } from '../stores/horizon-store.ts';
import { isAllShown } from '../utils/spoiler-visibility.ts';
import { useSpoilerPreference } from './use-spoiler-preference.ts';

/** Null on the page (its one store); tests provide a fresh one with their own storage. */
export const HorizonStoreContext = createContext<HorizonStore | null>(null);

/** Episodes in the run; 0 for a show whose run is not known yet, which has none to gate. */
export function episodeCountOf(show: Show): number {
  return show.run?.episodeCount.value ?? 0;
}

function airedCount(show: Show, nowMs: number): number {
  return show.run?.episodes.filter((episode) => Date.parse(episode.broadcast) <= nowMs).length ?? 0;
}

/**
 * How far the visitor has watched: `value` episodes (the horizon) of `episodeCount`, never more
 * than the `aired` ones (nobody has seen an episode that has not aired). 0 in the pre-rendered
 * HTML (the build never knows the visitor), the visitor's own in the browser.
 */
export function useHorizon(show: Show) {
  const episodeCount = episodeCountOf(show);
  const store = use(HorizonStoreContext) ?? pageHorizonStore(episodeCount);
  const preference = usePreference(store);
  const aired = useClock((nowMs) => airedCount(show, nowMs)) ?? episodeCount;
  return {
    ...preference,
    value: Math.min(preference.value, aired),
    aired,
    episodeCount,
    setHorizon: store.set,
    followStoredHorizon: store.followStored,
  };
}

/** How many episodes the visitor may see: the horizon, or all of them with "Show all spoilers" on. */
export function useShownEpisodeCount(show: Show): number {
  const { value, episodeCount } = useHorizon(show);
  const { visibility } = useSpoilerPreference();
  return isAllShown(visibility) ? episodeCount : value;
}
