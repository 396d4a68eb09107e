import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useZoneChoice, type ZoneChoice } from '../../../lib/time/use-zone-choice.ts';

// The look of the header's other buttons (the theme toggle's).
const PILL =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-surface px-4 text-sm font-semibold text-ink hover:border-metal';

const loadFinder = () =>
  import('./zone-finder.tsx').then((module) => ({ default: module.ZoneFinder }));

/**
 * The chooser in full, in place of the button that loaded it: the same button (now a disclosure
 * for the finder), beside it one press back to the device's zone when another is chosen, and on
 * a row of its own why the page shows this zone and the finder. That row also shows unopened for
 * a visit decided (or refused) by a link; a remembered choice needs only the button beside, so a
 * returning visitor's page hardly moves. The finder (every zone, the search) is its own download.
 */
export function ZonePanel({ startOpen }: { startOpen: boolean }) {
  const choice = useZoneChoice();
  const [open, setOpen] = useState(startOpen);
  const [Finder] = useState(() => lazy(loadFinder));
  const toggle = useRef<HTMLButtonElement>(null);

  // The button pressed to open this was replaced by this one, and focus fell back to <body>:
  // bring it here, unless the finder (mounted in the same commit) has taken it already.
  useEffect(() => {
    if (startOpen && document.activeElement === document.body) toggle.current?.focus();
  }, [startOpen]);

  if (!choice) return null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
        className={PILL}
      >
        Time zone: {choice.zone}
      </button>
      {choice.chosen && (
        <button
          type="button"
          onClick={() => {
            choice.choose(null);
            // This button goes with the choice: focus returns to the chooser's own.
            toggle.current?.focus();
          }}
          className={PILL}
        >
          Use my device&rsquo;s zone ({choice.deviceZone})
        </button>
      )}
      {(open || choice.fromLink || choice.rejectedLinkValue !== null) && (
        <div className="order-last basis-full rounded-xl border border-line bg-surface-raised p-4">
          {choice.rejectedLinkValue !== null && (
            <p className="mb-2 text-ink">
              The link asked for the time zone &ldquo;{shown(choice.rejectedLinkValue)}&rdquo;,
              which this browser does not know, so it is not used.
            </p>
          )}
          <p className="text-ink">{summary(choice)}</p>
          {open && (
            <Suspense fallback={<p className="mt-3 text-ink-muted">Loading the list of zones…</p>}>
              <Finder onClose={close} />
            </Suspense>
          )}
        </div>
      )}
    </>
  );
}

function summary({ zone, chosen, fromLink, remembered }: ZoneChoice): string {
  const shownIn = `Times on this page are shown in ${zone}`;
  if (fromLink) return `${shownIn}, as the link you opened asks. Nothing is stored.`;
  if (!chosen) return `${shownIn}, your device’s zone.`;
  return remembered
    ? `${shownIn}, your choice, remembered on this device.`
    : `${shownIn}, your choice, for this visit only: this browser does not let the page store it.`;
}

/** A link's value as text: control characters made visible, and never a wall of text. */
function shown(value: string): string {
  const visible = value.replace(/\p{C}/gu, '\uFFFD');
  return visible.length > 40 ? `${visible.slice(0, 40)}…` : visible;
}
