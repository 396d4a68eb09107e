import { useSyncExternalStore } from 'react';
import { useHydrated } from '../../../lib/use-hydrated.ts';
import { usePreference } from '../../../lib/use-preference.ts';
import { zonePreference } from '../../../lib/time/use-visitor-zone.ts';
import { deviceZone } from '../../../lib/time/zone-names.ts';

// A choice made during a link's visit is the visitor's own (and stored): the link no longer
// decides, which the preference itself cannot tell, nor signal when the choice is the link's zone.
let choseThisVisit = false;
const choosingListeners = new Set<() => void>();
const subscribeToChoosing = (listener: () => void) => {
  choosingListeners.add(listener);
  return () => {
    choosingListeners.delete(listener);
  };
};

/**
 * Shows every time on the page in `zone` from now on and remembers it (for this visit only where
 * storage is blocked); null, or the device's own zone, follows the device.
 */
function chooseZone(zone: string | null): void {
  choseThisVisit = true;
  zonePreference.set(zone === deviceZone() ? null : zone);
  for (const listener of [...choosingListeners]) listener();
}

/** Which zone the page shows times in, and why. */
export interface ZoneChoice {
  /** The zone to show times in, as useVisitorZone gives it. */
  zone: string;
  deviceZone: string;
  /** True when that is not simply the device's zone. */
  chosen: boolean;
  /** True while a `?tz=` link decides the visit (nothing stored) and the visitor has not chosen. */
  fromLink: boolean;
  /** A `?tz=` value no zone matched, as given: the visit fell back to the stored or device zone. */
  rejectedLinkValue: string | null;
  /** False when the browser refuses storage: a choice lasts for this visit only. */
  remembered: boolean;
  choose: typeof chooseZone;
}

/**
 * The zone with why it is shown and how to change it; null on the server and while hydrating.
 * Only the chooser needs it, so it lives here and ships with the chooser, not with the page.
 */
export function useZoneChoice(): ZoneChoice | null {
  const { value, fromLink, rejectedLinkValue, remembered } = usePreference(zonePreference);
  const chose = useSyncExternalStore(
    subscribeToChoosing,
    () => choseThisVisit,
    () => false,
  );
  if (!useHydrated()) return null;
  const device = deviceZone();
  return {
    zone: value ?? device,
    deviceZone: device,
    chosen: value !== null && value !== device,
    fromLink: fromLink && !chose,
    rejectedLinkValue,
    remembered,
    choose: chooseZone,
  };
}
