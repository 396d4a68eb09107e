import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { QueryResult } from '../../../components/ui/query-result.tsx';
import { SHORT_STAND_IN, UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import { codeQueryOptions } from '../../../lib/code-query.ts';
import { useZoneChoice, type ZoneChoice } from '../hooks/use-zone-choice.ts';

// The look of the header's other buttons (the theme toggle's).
const PILL =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-surface px-4 text-sm font-semibold text-ink hover:border-metal disabled:opacity-75';

const finderCode = codeQueryOptions('zone-finder', () => import('./zone-finder.tsx'));

/**
 * The zone every time for the visitor is shown in, and the way to change it: a disclosure button
 * for the finder (downloaded when opened); beside it, one press back to the device's zone when
 * another is chosen; on a row of its own, why the page shows this zone. That row shows unopened
 * only for a visit a link decided (or tried to), so a returning visitor's page hardly moves.
 * Until its island is live, the button is disabled and says the zone is loading (or needs JavaScript).
 */
export function ZoneChooser() {
  const choice = useZoneChoice();
  const [open, setOpen] = useState(false);
  const finder = useQuery({ ...finderCode, enabled: open });
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        disabled={!choice}
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
        // One width whatever it says, so filling in the zone moves nothing. On a
        // phone the zone has a line of its own, so a long one still fits.
        className={`${PILL} w-80 max-w-full max-sm:rounded-2xl max-sm:py-1 max-sm:text-left`}
      >
        <span className="min-w-0 sm:truncate">
          <span className="max-sm:block">Time zone:</span>{' '}
          <span className="max-sm:block max-sm:truncate">
            {choice?.zone ?? <UntilScriptRuns {...SHORT_STAND_IN} />}
          </span>
        </span>
      </button>
      {choice?.chosen && (
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
      {choice && (open || choice.fromLink || choice.rejectedLinkValue !== null) && (
        // On wide screens the hero art sits to the right of where this row opens: the row stops
        // short of it, so it never covers the planet.
        <div className="relative z-10 order-last basis-full rounded-xl border border-line bg-surface-raised p-4 lg:mr-[27rem]">
          {choice.rejectedLinkValue !== null && (
            <p className="mb-2 text-ink">
              The link asked for the time zone &ldquo;{shown(choice.rejectedLinkValue)}&rdquo;,
              which this browser does not know, so it is not used.
            </p>
          )}
          <p className="text-ink">{summary(choice)}</p>
          {open && (
            <div className="mt-3">
              <QueryResult
                query={finder}
                what="the list of zones"
                focusOnRetry={() => toggle.current?.focus()}
              >
                {({ ZoneFinder }) => <ZoneFinder onClose={close} />}
              </QueryResult>
            </div>
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
