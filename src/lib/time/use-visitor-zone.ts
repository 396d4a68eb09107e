import { createPreference } from '../preference-store.ts';
import type { SafeStorage } from '../safe-storage.ts';
import { useLive } from '../live.ts';
import { usePreference } from '../use-preference.ts';
import { canonicalZone, deviceZone } from './zone-names.ts';

export const ZONE_KEY = 'metallic-rouge:time-zone';
export const ZONE_PARAM = 'tz';

/**
 * The zone the visitor chose; null follows the device. A `?tz=Area/City` link decides the visit
 * without being stored; anything Intl does not know, stored or linked, is ignored.
 */
export function createZonePreference(storage?: SafeStorage, readSearch?: () => string) {
  return createPreference<string | null>({
    key: ZONE_KEY,
    parse: (stored) => (stored === null ? null : (canonicalZone(stored) ?? null)),
    serialize: (zone) => zone,
    link: { param: ZONE_PARAM, parse: canonicalZone },
    // Undefined takes createPreference's defaults: the page's storage and address.
    storage,
    readSearch,
  });
}

/** The page's one zone preference; the chooser (features/time-zone) changes it. */
export const zonePreference = createZonePreference();

/**
 * THE zone to show the visitor's times in: a `?tz=` link's, else the one they chose, else the
 * device's. Null in the build's HTML, which cannot know it. Every feature that shows
 * a time for the visitor uses this, and follows a change (or another tab's) at once.
 */
export function useVisitorZone(): string | null {
  const { value } = usePreference(zonePreference);
  return useLive() ? (value ?? deviceZone()) : null;
}
