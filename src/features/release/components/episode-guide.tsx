import type { ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';
import { formatRunSpan } from '../utils/release-window.ts';
import { SlotContent, useKnown, ZonedTime, type SlotName } from './guide-cells.tsx';
import { RunDisagreements } from './run-disagreements.tsx';

/**
 * Every episode of the run: when it aired in Japan, when that was for the visitor, when it
 * reached Crunchyroll, and how each date is known. HTML the build writes, with slots for what
 * follows the visitor and the time (guide-cells.tsx), filled in once the browser knows the zone
 * (Crunchyroll's stand in with Tokyo's until then). From md up the columns have fixed widths, so
 * filling them moves nothing.
 */
export function EpisodeGuide({
  show,
  run,
  live,
}: {
  show: Show;
  run: BroadcastRun;
  /** The island the app puts above the table: "I have seen", and what fills the slots (GuideLive). */
  live: ReactNode;
}) {
  // In the build, nothing is known yet; where the page is one React tree (the dev server,
  // component tests), the guide fills its own slots.
  const known = useKnown(show);
  const slot = (name: SlotName, episode?: number) => ({
    'data-slot': name,
    'data-episode': episode,
    children: (
      <SlotContent show={show} slot={name} episode={episode ?? 0} known={known} title={noTitle} />
    ),
  });
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
      <div className="mt-4">{live}</div>
      {/* One table at every width, so nothing scrolls out of sight. From md up it is a table; on
          a phone each episode is a card: its number, status and how its date is known on top,
          then each time under its own label (data-label, drawn by index.css), two to a row. */}
      <div {...slot('zone-note')} />
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
                <span className="block font-normal text-ink-muted" {...slot('zone')} />
              </th>
              <th scope="col" className="font-semibold">
                Crunchyroll
                <span className="block font-normal text-ink-muted" {...slot('stream-zone')} />
              </th>
              <th scope="col" className="font-semibold max-md:hidden">
                Status
                <span {...slot('status-heading')} />
              </th>
              <th scope="col" className="font-semibold max-md:hidden">
                How the date is known
              </th>
            </tr>
          </thead>
          <tbody className="text-ink max-md:block [&_tr]:border-t [&_tr]:border-line [&_tr]:align-top max-md:[&_tr:first-child]:border-t-0">
            {run.episodes.map((episode) => (
              <tr
                key={episode.number}
                className="max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:py-1"
              >
                <th scope="row" className="font-semibold max-md:col-span-2">
                  Episode {episode.number}
                  {/* Empty (and so out of the layout) until a title the visitor may see loads. */}
                  <span
                    className="mt-1 block font-normal empty:hidden"
                    {...slot('title', episode.number)}
                  />
                  <span className="mt-1 block font-normal text-ink-muted md:hidden">
                    <span {...slot('phone-status', episode.number)} />
                    {episode.dated === 'stated' ? 'Date stated.' : 'Date follows the slot.'}
                  </span>
                </th>
                <td data-label="In Japan (Tokyo time)">
                  <ZonedTime iso={episode.broadcast} zone={episode.zone} />
                </td>
                <td data-label="Where you are" {...slot('broadcast', episode.number)} />
                <td data-label="Crunchyroll" {...slot('stream', episode.number)} />
                <td className="max-md:hidden" {...slot('status', episode.number)} />
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
            ))}
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

/** The build knows no visitor: no title is seen. */
const noTitle = () => null;

/** "Sportskeeda, Crunchyroll": who a row rests on, by name; the links are listed once below. */
function citedBy(show: Show, sourceIds: readonly string[]): string {
  const names = sourcesFor(show.sources, sourceIds).map((source) => source.publication);
  return `Per ${[...new Set(names)].join(', ')}`;
}
