import { useLive } from '../../../lib/live.ts';
import { usePreference } from '../../../lib/use-preference.ts';
import { ZONE_PARAM, zonePreference } from '../../../lib/time/use-visitor-zone.ts';
import { deviceZone } from '../../../lib/time/zone-names.ts';

/**
 * Shows every time on the page in `zone` from now on and remembers it (for this visit only where
 * storage is blocked); null, or the device's own zone, follows the device. A `?tz=` link no longer
 * decides the visit, so it leaves the address too: copied from there, it would share the old zone.
 */
function chooseZone(zone: string | null): void {
  zonePreference.set(zone === deviceZone() ? null : zone);
  const url = new URL(window.location.href);
  if (url.searchParams.has(ZONE_PARAM)) {
    url.searchParams.delete(ZONE_PARAM);
    window.history.replaceState(window.history.state, '', url);
  }
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
 * The zone with why it is shown and how to change it; null in the build's HTML.
 * Only the chooser needs it, so it lives here and ships with the chooser, not with the page.
 */
export function useZoneChoice(): ZoneChoice | null {
  const { value, fromLink, rejectedLinkValue, remembered } = usePreference(zonePreference);
  if (!useLive()) return null;
  const device = deviceZone();
  return {
    zone: value ?? device,
    deviceZone: device,
    chosen: value !== null && value !== device,
    fromLink,
    rejectedLinkValue,
    remembered,
    choose: chooseZone,
  };
}
