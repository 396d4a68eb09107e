import { Fragment, type ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { SHORT_STAND_IN, UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorClock, formatVisitorDay } from '../../../lib/time/visitor-format.ts';
import {
  formatClock,
  formatWeekdayDay,
  zoneCity,
  zoneOffsetMinutes,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';
import {
  episodeReleases,
  episodeStatus,
  nextReleaseIndex,
  type EpisodeStatus,
} from '../utils/run-schedule.ts';
import { formatRunSpan } from '../utils/run-span.ts';
import { RunDisagreements } from './run-disagreements.tsx';

const STATUS_WORDS: Record<EpisodeStatus, string> = {
  aired: 'Aired',
  next: 'Next',
  upcoming: 'Upcoming',
};

/**
 * Every episode of the run: when it aired in Japan, when that was for the visitor, when it
 * reached Crunchyroll, and how each date is known. Pre-rendered in full; the visitor's cells and
 * the status fill in once the browser knows the zone and the time (Crunchyroll's stand in with
 * Tokyo's until then). From md up the columns have fixed widths, so filling them moves nothing. Titles are spoilers: `episodeTitle` (from the spoiler
 * feature) decides what, if anything, stands under each number, and `horizonControl` is where the
 * visitor says how far they have watched. Both are functions, stable between renders: this part
 * is memoised, so that it keeps its pre-rendered HTML until its own code has arrived.
 */
export function EpisodeGuide({
  show,
  run,
  episodeTitle,
  horizonControl,
}: {
  show: Show;
  run: BroadcastRun;
  episodeTitle?: (episodeNumber: number) => ReactNode;
  horizonControl?: () => ReactNode;
}) {
  const zone = useVisitorZone();
  const broadcasts = episodeReleases(run, 'tv');
  const nextIndex = useClock((nowMs) => nextReleaseIndex(broadcasts, nowMs));

  return (
    <section aria-labelledby="episode-guide-heading">
      <h3 id="episode-guide-heading" className="font-display text-xl font-bold text-ink">
        Episode guide
      </h3>
      <p className="mt-2 max-w-prose text-ink-muted">
        {run.episodes.length} episodes, one a week
        {run.episodes.length > 0 && `, ${formatRunSpan(run)}`}, on {run.weeklySlot.channel}&rsquo;s{' '}
        {run.weeklySlot.block} block: {run.weeklySlot.local.weekday}s at {run.weeklySlot.local.time}{' '}
        in Japan, listed there as {run.weeklySlot.listed.weekday} {run.weeklySlot.listed.time}.
        Outlets outside Japan often give the {run.weeklySlot.listed.weekday} date: the same
        broadcast, on their own calendar day.
      </p>
      <SourceList sources={sourcesFor(show.sources, run.weeklySlot.sourceIds)} className="mt-1" />
      {horizonControl && <div className="mt-4">{horizonControl()}</div>}
      {/* One table at every width, so nothing scrolls out of sight. From md up it is a table; on
          a phone each episode is a card: its number, status and how its date is known on top,
          then each time under its own label (data-label, drawn by index.css), two to a row. */}
      {zone !== null && (
        // The column's heading says the zone to screen readers; on a phone it is not drawn.
        <p aria-hidden="true" className="mt-4 text-sm text-ink-muted md:hidden">
          Your times are in <BreakableZone zone={zone} />.
        </p>
      )}
      <div className="mt-4 rounded-lg border border-line">
        <table className="episode-guide w-full border-collapse text-left text-sm max-md:block md:table-fixed [&_td]:p-2 [&_th]:p-2">
          <caption className="sr-only">
            Each episode&rsquo;s broadcast in Japan, in your time and on Crunchyroll, whether it has
            aired, and how its date is known
          </caption>
          <colgroup>
            <col className="md:w-[15%]" />
            <col className="md:w-[17%]" />
            <col className="md:w-[17%]" />
            <col className="md:w-[17%]" />
            <col className="md:w-[12%]" />
            <col className="md:w-[22%]" />
          </colgroup>
          <thead className="bg-surface-raised text-ink max-md:sr-only">
            <tr>
              <th scope="col" className="font-semibold">
                Episode
              </th>
              <th scope="col" className="font-semibold">
                In Japan (Tokyo time)
              </th>
              <th scope="col" className="font-semibold">
                Where you are
                <span className="block font-normal text-ink-muted">
                  {zone === null ? (
                    <UntilScriptRuns {...SHORT_STAND_IN} />
                  ) : (
                    <BreakableZone zone={zone} />
                  )}
                </span>
              </th>
              <th scope="col" className="font-semibold">
                Crunchyroll
                <span className="block font-normal text-ink-muted">
                  {zone === null ? 'Tokyo time' : 'your time'}
                </span>
              </th>
              <th scope="col" className="font-semibold max-md:hidden">
                Status
                {nextIndex === null && (
                  // Why the column's cells are still empty.
                  <span className="block font-normal text-ink-muted">
                    <UntilScriptRuns {...SHORT_STAND_IN} />
                  </span>
                )}
              </th>
              <th scope="col" className="font-semibold max-md:hidden">
                How the date is known
              </th>
            </tr>
          </thead>
          <tbody className="text-ink max-md:block [&_tr]:border-t [&_tr]:border-line [&_tr]:align-top max-md:[&_tr:first-child]:border-t-0">
            {run.episodes.map((episode, index) => {
              const broadcastMs = Date.parse(episode.broadcast);
              const streamMs = Date.parse(episode.crunchyroll.available);
              const home = zonedParts(broadcastMs, episode.zone);
              const status = nextIndex === null ? null : episodeStatus(index, nextIndex);
              const sameAsHome =
                zone !== null &&
                zoneOffsetMinutes(broadcastMs, zone) ===
                  zoneOffsetMinutes(broadcastMs, episode.zone);
              return (
                <tr
                  key={episode.number}
                  className="max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:py-1"
                >
                  <th scope="row" className="font-semibold max-md:col-span-2">
                    Episode {episode.number}
                    {episodeTitle && (
                      // Empty (and so out of the layout) until a title the visitor may see loads.
                      <span className="mt-1 block font-normal empty:hidden">
                        {episodeTitle(episode.number)}
                      </span>
                    )}
                    <span className="mt-1 block font-normal text-ink-muted md:hidden">
                      {status ? `${STATUS_WORDS[status]}. ` : ''}
                      {episode.dated === 'stated' ? 'Date stated.' : 'Date follows the slot.'}
                    </span>
                  </th>
                  <td data-label="In Japan (Tokyo time)">
                    <time dateTime={episode.broadcast}>
                      {formatWeekdayDay(home)}
                      <span className="block">{formatClock(home)}</span>
                    </time>
                  </td>
                  <td data-label="Where you are">
                    {sameAsHome ? (
                      <>Same as {zoneCity(episode.zone)} time</>
                    ) : (
                      <VisitorTime instantMs={broadcastMs} zone={zone} />
                    )}
                  </td>
                  <td data-label={zone === null ? 'Crunchyroll (Tokyo time)' : 'Crunchyroll'}>
                    {zone === null ? (
                      // Without the visitor's zone (before the script runs, or without it), the
                      // stream's time in Tokyo, said so in the column's heading.
                      <HomeTime instantMs={streamMs} zone={episode.zone} />
                    ) : (
                      <VisitorTime instantMs={streamMs} zone={zone} />
                    )}
                    <span className="block text-ink-muted">
                      {episode.crunchyroll.basis === 'reported' ? 'reported' : 'expected'}
                    </span>
                  </td>
                  <td className="max-md:hidden">{status ? STATUS_WORDS[status] : '\u00a0'}</td>
                  <td className="max-md:hidden">
                    {episode.dated === 'stated' ? 'Stated by a source' : 'Follows the weekly slot'}
                    {episode.datedNote && (
                      <span className="block text-ink-muted">{episode.datedNote}</span>
                    )}
                    <span className="block text-ink-muted">
                      {citedBy(show, [...episode.datedSourceIds, ...episode.crunchyroll.sourceIds])}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SourceList
        sources={sourcesFor(
          show.sources,
          run.episodes.flatMap((episode) => [
            ...episode.datedSourceIds,
            ...episode.crunchyroll.sourceIds,
          ]),
        )}
        className="mt-2"
      />
      <p className="mt-4 max-w-prose text-ink">
        <span className="font-semibold">Streaming in Japan: </span>
        {run.japanStreaming.note}
      </p>
      <SourceList
        sources={sourcesFor(show.sources, run.japanStreaming.sourceIds)}
        className="mt-1"
      />
      <RunDisagreements show={show} run={run} />
    </section>
  );
}

/** A time in the release's own zone, as the Tokyo column writes it. */
function HomeTime({ instantMs, zone }: { instantMs: number; zone: string }) {
  const parts = zonedParts(instantMs, zone);
  return (
    <time dateTime={new Date(instantMs).toISOString()}>
      {formatWeekdayDay(parts)}
      <span className="block">{formatClock(parts)}</span>
    </time>
  );
}

/** "America/<wbr>Los_Angeles": a narrow column breaks a zone's name after a slash, never inside a word. */
function BreakableZone({ zone }: { zone: string }) {
  return zone.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/**
 * Filled in by the browser; until then a blank of the same two lines, so nothing moves. The
 * elements are the same in both states and only their text changes: filling 26 cells costs the
 * browser a text change each, not a subtree swapped.
 */
function VisitorTime({ instantMs, zone }: { instantMs: number; zone: string | null }) {
  return (
    <time dateTime={new Date(instantMs).toISOString()} aria-hidden={zone === null || undefined}>
      {zone === null ? '\u00a0' : formatVisitorDay(instantMs, zone)}
      <span className="block">
        {zone === null ? '\u00a0' : formatVisitorClock(instantMs, zone)}
      </span>
    </time>
  );
}

/** "Sportskeeda, Crunchyroll": who a row rests on, by name; the links are listed once below. */
function citedBy(show: Show, sourceIds: readonly string[]): string {
  const names = sourcesFor(show.sources, sourceIds).map((source) => source.publication);
  return `Per ${[...new Set(names)].join(', ')}`;
}
