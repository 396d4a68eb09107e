import { sourcesFor } from '../../../data/sources.ts';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';
import { formatRuntime, lengthOfEpisodes, runtimeOnRecord } from '../../../data/episode-length.ts';
import { icsCitation, type CalendarEvent } from '../../../lib/ics.ts';
import { episodeReleases, type CountTo, type EpisodeRelease } from './run-schedule.ts';

/*
 * Episodes as calendar events. They name episodes by number only: titles are spoilers, and a
 * calendar file travels further than the page (shared, synced, shown on a lock screen).
 */

function whereLine(run: BroadcastRun, countTo: CountTo): string {
  const { weeklySlot } = run;
  return countTo === 'tv'
    ? `On TV in Japan: ${weeklySlot.channel} (${weeklySlot.block}), ${weeklySlot.local.weekday} ${weeklySlot.local.time} Tokyo time, listed as ${weeklySlot.listed.weekday} ${weeklySlot.listed.time}.`
    : `On Crunchyroll, outside Asia: ${run.crunchyroll.delayMinutes} minutes after the broadcast in Japan.`;
}

function basisLine(release: EpisodeRelease, countTo: CountTo): string {
  if (countTo === 'crunchyroll') {
    return release.expected
      ? 'Time expected: no source reports it for this episode; it follows the time reported for the others.'
      : 'Time reported for this episode.';
  }
  return release.episode.dated === 'stated'
    ? 'Date stated by a source.'
    : 'Date follows the unbroken weekly slot: no source names this day.';
}

export function episodeEvent(
  show: Show,
  run: BroadcastRun,
  release: EpisodeRelease,
  countTo: CountTo,
  stampMs: number,
): CalendarEvent {
  const { episode } = release;
  const ownRuntime = countTo === 'crunchyroll' ? episode.crunchyroll.runtimeSeconds : undefined;
  const onRecord = runtimeOnRecord(run);
  // The episode's own running time where its source gives one, else the one on record.
  const length = ownRuntime
    ? {
        durationSeconds: ownRuntime,
        note: `Length: ${formatRuntime(ownRuntime)}, as Crunchyroll's own data lists it for this episode.`,
      }
    : onRecord && lengthOfEpisodes(onRecord, 1);
  const sourceIds = [
    ...(countTo === 'tv'
      ? [...episode.datedSourceIds, ...run.weeklySlot.sourceIds]
      : episode.crunchyroll.sourceIds),
    ...(length && onRecord ? onRecord.sourceIds : []),
  ];
  const sources = sourcesFor(show.sources, sourceIds);
  const description = [
    whereLine(run, countTo),
    basisLine(release, countTo),
    length?.note,
    sources.length > 0 && `Sources: ${sources.map(icsCitation).join('; ')}`,
  ].filter((line): line is string => typeof line === 'string');

  return {
    uid: `${show.id}-episode-${episode.number}-${countTo}@metallic-rouge-page`,
    startMs: release.startMs,
    stampMs,
    ...(length ? { durationSeconds: length.durationSeconds } : {}),
    summary: `${show.title.english}: episode ${episode.number}${countTo === 'tv' ? ' on TV in Japan' : ' on Crunchyroll'}${release.expected ? ' (expected time)' : ''}`,
    description: description.join('\n'),
    location:
      countTo === 'tv' ? `${run.weeklySlot.channel} (${run.weeklySlot.block})` : 'Crunchyroll',
  };
}

/** Every episode of the run, one event each, in the order they aired. */
export function seriesEvents(
  show: Show,
  run: BroadcastRun,
  countTo: CountTo,
  stampMs: number,
): CalendarEvent[] {
  return episodeReleases(run, countTo).map((release) =>
    episodeEvent(show, run, release, countTo, stampMs),
  );
}

export function episodeFileName(show: Show, episodeNumber: number, countTo: CountTo): string {
  return `${show.id}-episode-${episodeNumber}-${countTo}.ics`;
}

export function seriesFileName(show: Show, countTo: CountTo): string {
  return `${show.id}-all-episodes-${countTo}.ics`;
}
