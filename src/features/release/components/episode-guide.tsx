import type { ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { SHORT_STAND_IN, UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorClock, formatVisitorDay } from '../../../lib/time/visitor-format.ts';
import { formatClock, formatWeekdayDay, zonedParts } from '../../../lib/time/zoned-time.ts';
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
 * the status fill in once the browser knows the zone and the time. The columns have fixed
 * widths, so filling them moves nothing. Titles are spoilers: `episodeTitle` (from the spoiler
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
      {/* The table fits any width, so nothing scrolls out of sight: on a phone the status and how
          the date is known move under the episode's number, and their columns go. */}
      <div className="mt-4 rounded-lg border border-line">
        <table className="w-full table-fixed wrap-break-word border-collapse text-left text-xs sm:text-sm [&_td]:p-2 [&_th]:p-2">
          <caption className="sr-only">
            Each episode&rsquo;s broadcast in Japan, in your time and on Crunchyroll, whether it has
            aired, and how its date is known
          </caption>
          <colgroup>
            <col className="w-[25%] sm:w-[13%]" />
            <col className="w-[25%] sm:w-[19%]" />
            <col className="w-[25%] sm:w-[19%]" />
            <col className="w-[25%] sm:w-[19%]" />
            <col className="hidden sm:table-column sm:w-[10%]" />
            <col className="hidden sm:table-column sm:w-[20%]" />
          </colgroup>
          <thead className="bg-surface-raised text-ink">
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
                  {zone ?? <UntilScriptRuns {...SHORT_STAND_IN} />}
                </span>
              </th>
              <th scope="col" className="font-semibold">
                Crunchyroll
                <span className="block font-normal text-ink-muted">your time</span>
              </th>
              <th scope="col" className="hidden font-semibold sm:table-cell">
                Status
                {nextIndex === null && (
                  // Why the column's cells are still empty.
                  <span className="block font-normal text-ink-muted">
                    <UntilScriptRuns {...SHORT_STAND_IN} />
                  </span>
                )}
              </th>
              <th scope="col" className="hidden font-semibold sm:table-cell">
                How the date is known
              </th>
            </tr>
          </thead>
          <tbody className="text-ink [&_tr]:border-t [&_tr]:border-line [&_tr]:align-top">
            {run.episodes.map((episode, index) => {
              const broadcastMs = Date.parse(episode.broadcast);
              const streamMs = Date.parse(episode.crunchyroll.available);
              const home = zonedParts(broadcastMs, episode.zone);
              const status = nextIndex === null ? null : episodeStatus(index, nextIndex);
              return (
                <tr key={episode.number}>
                  <th scope="row" className="font-semibold">
                    Episode {episode.number}
                    {episodeTitle && (
                      // Empty (and so out of the layout) until a title the visitor may see loads.
                      <span className="mt-1 block font-normal empty:hidden">
                        {episodeTitle(episode.number)}
                      </span>
                    )}
                    <span className="mt-1 block font-normal text-ink-muted sm:hidden">
                      {status ? `${STATUS_WORDS[status]}. ` : ''}
                      {episode.dated === 'stated' ? 'Date stated.' : 'Date follows the slot.'}
                    </span>
                  </th>
                  <td>
                    <time dateTime={episode.broadcast}>
                      {formatWeekdayDay(home)}
                      <span className="block">{formatClock(home)}</span>
                    </time>
                  </td>
                  <td>
                    <VisitorTime instantMs={broadcastMs} zone={zone} />
                  </td>
                  <td>
                    <VisitorTime instantMs={streamMs} zone={zone} />
                    <span className="block text-ink-muted">
                      {episode.crunchyroll.basis === 'reported' ? 'reported' : 'expected'}
                    </span>
                  </td>
                  <td className="hidden sm:table-cell">
                    {status ? STATUS_WORDS[status] : '\u00a0'}
                  </td>
                  <td className="hidden sm:table-cell">
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
