import type { ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';
import { formatClock, formatWeekdayDay, zonedParts } from '../../../lib/time/zoned-time.ts';
import { formatRunSpan } from '../utils/run-span.ts';
import { RunDisagreements } from './run-disagreements.tsx';

/** Where the guide's live pieces go: each an island the app makes (see guide-cells.tsx). */
export interface GuideIslands {
  /** Under "Where you are": the visitor's zone. */
  zone: ReactNode;
  /** Under "Crunchyroll": whose clock. */
  streamZone: ReactNode;
  /** Under "Status", until the time is known. */
  statusHeading: ReactNode;
  /** On a phone, above the cards: whose clock. */
  zoneNote: ReactNode;
  /** "I have seen", above the table. */
  horizonControl: ReactNode;
  /** One episode's: its title if seen, its status on a phone, and its three live cells (`<td>`s). */
  episode: (episodeNumber: number) => {
    title: ReactNode;
    phoneStatus: ReactNode;
    broadcast: ReactNode;
    stream: ReactNode;
    status: ReactNode;
  };
}

/**
 * Every episode of the run: when it aired in Japan, when that was for the visitor, when it
 * reached Crunchyroll, and how each date is known. HTML the build writes: the visitor's cells,
 * the status, the seen titles and the horizon control are islands (`islands`), filled in once the
 * browser knows the zone and the time (Crunchyroll's stand in with Tokyo's until then). From md
 * up the columns have fixed widths, so filling them moves nothing.
 */
export function EpisodeGuide({
  show,
  run,
  islands,
}: {
  show: Show;
  run: BroadcastRun;
  islands: GuideIslands;
}) {
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
      <div className="mt-4">{islands.horizonControl}</div>
      {/* One table at every width, so nothing scrolls out of sight. From md up it is a table; on
          a phone each episode is a card: its number, status and how its date is known on top,
          then each time under its own label (data-label, drawn by index.css), two to a row. */}
      {islands.zoneNote}
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
                <span className="block font-normal text-ink-muted">{islands.zone}</span>
              </th>
              <th scope="col" className="font-semibold">
                Crunchyroll
                <span className="block font-normal text-ink-muted">{islands.streamZone}</span>
              </th>
              <th scope="col" className="font-semibold max-md:hidden">
                Status
                {islands.statusHeading}
              </th>
              <th scope="col" className="font-semibold max-md:hidden">
                How the date is known
              </th>
            </tr>
          </thead>
          <tbody className="text-ink max-md:block [&_tr]:border-t [&_tr]:border-line [&_tr]:align-top max-md:[&_tr:first-child]:border-t-0">
            {run.episodes.map((episode) => {
              const home = zonedParts(Date.parse(episode.broadcast), episode.zone);
              const live = islands.episode(episode.number);
              return (
                <tr
                  key={episode.number}
                  className="max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:py-1"
                >
                  <th scope="row" className="font-semibold max-md:col-span-2">
                    Episode {episode.number}
                    {live.title}
                    <span className="mt-1 block font-normal text-ink-muted md:hidden">
                      {live.phoneStatus}
                      {episode.dated === 'stated' ? 'Date stated.' : 'Date follows the slot.'}
                    </span>
                  </th>
                  <td data-label="In Japan (Tokyo time)">
                    <time dateTime={episode.broadcast}>
                      {formatWeekdayDay(home)}
                      <span className="block">{formatClock(home)}</span>
                    </time>
                  </td>
                  {live.broadcast}
                  {live.stream}
                  {live.status}
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

/** "Sportskeeda, Crunchyroll": who a row rests on, by name; the links are listed once below. */
function citedBy(show: Show, sourceIds: readonly string[]): string {
  const names = sourcesFor(show.sources, sourceIds).map((source) => source.publication);
  return `Per ${[...new Set(names)].join(', ')}`;
}
