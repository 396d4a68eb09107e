import { useId } from 'react';
import { UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import type { Premiere } from '../../../data/show-types.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorDateTime } from '../../../lib/time/visitor-format.ts';
import {
  formatClock,
  formatOffset,
  formatWeekdayDay,
  zoneCity,
  zoneOffsetMinutes,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';

function zoneLongName(zone: string, instantMs: number): string | undefined {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(instantMs)
    .find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * The premiere in its own zone and in the visitor's (the zone they chose, else their device's),
 * each labelled with the zone it uses. Japan's side keeps its 24-hour clock; the visitor's side
 * follows their browser's conventions. The card shows it only until the premiere has begun.
 */
export function PremiereTimes({ premiere }: { premiere: Premiere }) {
  const startMs = Date.parse(premiere.start);
  const home = zonedParts(startMs, premiere.zone);
  const homeCity = zoneCity(premiere.zone);
  const visitorZone = useVisitorZone();
  const headingId = useId();

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-line bg-surface-raised p-5"
    >
      <h3 id={headingId} className="mb-3 font-semibold text-ink">
        When the premiere airs, in {homeCity} and where you are
      </h3>
      <dl className="grid gap-5 sm:grid-cols-2">
        <div>
          <dt className="font-semibold text-ink">{homeCity} time</dt>
          <dd className="mt-1 text-lg text-ink">
            <time dateTime={premiere.start}>
              {formatWeekdayDay(home)}, {formatClock(home)}
            </time>
          </dd>
          <dd className="text-sm text-ink-muted">
            {premiere.zone}, {formatOffset(zoneOffsetMinutes(startMs, premiere.zone))}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-ink">Your time</dt>
          <VisitorTime startMs={startMs} homeZone={premiere.zone} visitorZone={visitorZone} />
        </div>
      </dl>
      {premiere.lateNightNotation && <LateNightNote {...premiere.lateNightNotation} />}
    </section>
  );
}

function VisitorTime({
  startMs,
  homeZone,
  visitorZone,
}: {
  startMs: number;
  homeZone: string;
  visitorZone: string | null;
}) {
  // The pre-rendered page cannot know the visitor's zone; without script it never will.
  if (visitorZone === null) {
    return (
      <dd className="mt-1 text-lg text-ink-muted">
        <UntilScriptRuns loading="Loading…" withoutScript="Needs JavaScript" failed="Not loaded" />
      </dd>
    );
  }
  if (visitorZone === homeZone) {
    return (
      <>
        <dd className="mt-1 text-lg text-ink">Same as {zoneCity(homeZone)} time</dd>
        <dd className="text-sm text-ink-muted">{visitorZone}</dd>
      </>
    );
  }
  const local = zonedParts(startMs, visitorZone);
  const home = zonedParts(startMs, homeZone);
  const dayShift = Math.round(
    (Date.UTC(local.year, local.month - 1, local.day) -
      Date.UTC(home.year, home.month - 1, home.day)) /
      86_400_000,
  );
  const zoneName = zoneLongName(visitorZone, startMs);
  return (
    <>
      <dd className="mt-1 text-lg text-ink">
        {formatVisitorDateTime(startMs, visitorZone)}
        {dayShift !== 0 && (
          <span className="text-ink-muted">
            {' '}
            ({dayShift < 0 ? 'the day before' : 'the day after'} in {zoneCity(homeZone)})
          </span>
        )}
      </dd>
      <dd className="text-sm text-ink-muted">
        {zoneName ? `${zoneName} — ` : ''}
        {visitorZone}, {formatOffset(zoneOffsetMinutes(startMs, visitorZone))}
      </dd>
    </>
  );
}

/** Listings past midnight count on from the evening before: 24:55 is 00:55 the next day. */
function LateNightNote({ day, time }: { day: string; time: string }) {
  const [hours = NaN, minutes = NaN] = time.split(':').map(Number);
  const listedMs = Date.parse(`${day}T00:00:00Z`);
  if (!(hours >= 24) || !Number.isFinite(minutes) || !Number.isFinite(listedMs)) return null;
  // Calendar arithmetic on plain dates: read in UTC, so no zone can shift the day.
  const listed = zonedParts(listedMs, 'UTC');
  const actual = zonedParts(listedMs + (hours * 60 + minutes) * 60_000, 'UTC');
  return (
    <p className="mt-4 border-t border-line pt-4 text-sm text-ink-muted">
      <span className="font-semibold text-ink">Why some listings say {time}: </span>
      the broadcaster&rsquo;s schedule counts the small hours as part of the evening before, so the
      slot is listed as {time} on {formatWeekdayDay(listed)}. On an ordinary clock that is{' '}
      {formatClock(actual)} on {formatWeekdayDay(actual)}.
    </p>
  );
}
