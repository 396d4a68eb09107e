import { createPreference, type PreferenceStore } from '../../../lib/preference-store.ts';
import type { SafeStorage } from '../../../lib/safe-storage.ts';

/**
 * The localStorage key and the `?seen=` parameter. public/boot.js reads both before the first
 * paint, so a change to either, or to the stored format, or to which link wins, has to be made
 * there too.
 */
export const HORIZON_STORAGE_KEY = 'metallic-rouge:seen';
const HORIZON_URL_PARAM = 'seen';
/** Where public/boot.js marks the horizon a usable watch-along link gives the visit. */
export const GROUP_ATTRIBUTE = 'data-group-seen';

/** How many episodes the visitor has seen: 0 (none) up to the whole run. */
export type HorizonStore = PreferenceStore<number>;

/** A whole number of episodes from 0 to `episodeCount`, written plainly ("4", not "04" or "4.0"). */
export function parseHorizon(given: string, episodeCount: number): number | undefined {
  const seen = Number(given);
  return /^(0|[1-9]\d*)$/.test(given) && seen <= episodeCount ? seen : undefined;
}

/**
 * The spoiler horizon. Stored as the number of episodes seen (nothing stored means none). A link
 * decides the visit without being stored: a watch-along (`?watch=…&episodes=N-M`, if it can be
 * used at all) opens the episodes before its first, so the group meets with the same horizon —
 * boot.js reads that link, so the first load carries one reading of it, not two —
 * else `?seen=N`, whose value is ignored in favour of the stored one if it is no episode count of
 * this run. The snapshot's `stored` is the visitor's own; `followStored` switches the visit to it.
 */
export function createHorizonStore(
  episodeCount: number,
  storage?: SafeStorage,
  readSearch?: () => string,
): HorizonStore {
  const parse = (given: string) => parseHorizon(given, episodeCount);
  return createPreference<number>({
    key: HORIZON_STORAGE_KEY,
    parse: (stored) => parse(stored ?? '') ?? 0,
    serialize: (seen) => (seen === 0 ? null : String(seen)),
    link: {
      read: (search) => {
        // public/boot.js read the watch-along link before the first paint and marked its horizon.
        const group = document.documentElement.getAttribute(GROUP_ATTRIBUTE);
        if (group !== null) return { given: group, value: Number(group) };
        const given = new URLSearchParams(search).get(HORIZON_URL_PARAM);
        return { given, value: given === null ? undefined : parse(given) };
      },
    },
    storage,
    readSearch,
  });
}

let pageStore: HorizonStore | undefined;

/**
 * The page's one store, made on first use: the run's length comes with the show's data. The page
 * shows one show, so one store serves every part of it.
 */
export function pageHorizonStore(episodeCount: number): HorizonStore {
  pageStore ??= createHorizonStore(episodeCount);
  return pageStore;
}
