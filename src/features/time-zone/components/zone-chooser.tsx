import { lazy, Suspense, useState } from 'react';
import { usePreference } from '../../../lib/use-preference.ts';
import { useVisitorZone, zonePreference } from '../../../lib/time/use-visitor-zone.ts';

const loadPanel = () =>
  import('./zone-panel.tsx').then((module) => ({ default: module.ZonePanel }));

/**
 * The page's time zone, and the way to change it. Only this button ships with the page: it is
 * also the fallback of the panel (why this zone, one press back to the device's, the finder),
 * which replaces it when pressed, or at once when there is more to say than the zone's name: a
 * choice, a `?tz=` link, or a rejected one. A failed download reaches the section's error panel.
 * Pre-rendered, and until hydration, the button is disabled and says it needs JavaScript, which
 * is what a visitor without script keeps seeing.
 */
export function ZoneChooser() {
  const zone = useVisitorZone();
  const { value, rejectedLinkValue } = usePreference(zonePreference);
  // Undefined: the button alone. Otherwise the panel, its finder open or not.
  const [open, setOpen] = useState<boolean>();
  // Made per mount, so the error panel's "Try again" downloads afresh.
  const [Panel] = useState(() => lazy(loadPanel));
  if (zone && open === undefined && (value !== null || rejectedLinkValue !== null)) setOpen(false);

  const button = (
    <button
      type="button"
      disabled={!zone}
      aria-expanded={false}
      onClick={() => {
        setOpen(true);
      }}
      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-surface px-4 text-sm font-semibold text-ink hover:border-metal disabled:opacity-75"
    >
      Time zone: {zone ?? 'needs JavaScript'}
    </button>
  );
  return open === undefined ? (
    button
  ) : (
    <Suspense fallback={button}>
      <Panel startOpen={open} />
    </Suspense>
  );
}
