import { formatRuntime, lengthOfEpisodes, runtimeOnRecord } from '../../../data/episode-length.ts';
import type { BroadcastRun, Channel, Show } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';
import { downloadCalendarFile, icsCitation, icsUtc, type CalendarEvent } from '../../../lib/ics.ts';
import { episodeReleases, type CountTo, type EpisodeRelease } from './run-schedule.ts';

/*
 * Builds an .ics and hands it to the browser as a download. Loaded only when the visitor asks,
 * so none of this weighs on the first paint.
 */

/** What to put in the file: the premiere, one episode, or the whole run. */
export type CalendarRequest =
  | { kind: 'premiere' }
  | { kind: 'episode'; episodeNumber: number; countTo: CountTo }
  | { kind: 'series'; countTo: CountTo };

export function calendarFile(
  show: Show,
  request: CalendarRequest,
  stampMs: number,
): { name: string; events: CalendarEvent[] } {
  const { run } = show;
  if (request.kind === 'premiere' || !run) {
    return { name: `${show.id}-premiere.ics`, events: [premiereEvent(show, stampMs)] };
  }
  if (request.kind === 'series') {
    return {
      name: `${show.id}-all-episodes-${request.countTo}.ics`,
      events: seriesEvents(show, run, request.countTo, stampMs),
    };
  }
  const release = episodeReleases(run, request.countTo).find(
    ({ episode }) => episode.number === request.episodeNumber,
  );
  if (!release) throw new Error(`The run has no episode ${request.episodeNumber}.`);
  return {
    name: `${show.id}-episode-${request.episodeNumber}-${request.countTo}.ics`,
    events: [episodeEvent(show, run, release, request.countTo, stampMs)],
  };
}

export function downloadIcs(show: Show, request: CalendarRequest): void {
  const { name, events } = calendarFile(show, request, Date.now());
  downloadCalendarFile(name, events);
}

function channelText(channel: Channel): string {
  return channel.note ? `${channel.name} (${channel.note})` : channel.name;
}

/** The premiere broadcast as a calendar event, from the show's data alone. */
export function premiereEvent(show: Show, stampMs: number): CalendarEvent {
  const { premiere, broadcast } = show;
  const startMs = Date.parse(premiere.start);
  const onRecord = runtimeOnRecord(show.run);
  const length = onRecord && lengthOfEpisodes(onRecord, 1);
  const sources = sourcesFor(show.sources, [
    ...premiere.sourceIds,
    ...(onRecord ? onRecord.sourceIds : []),
  ]);
  const [firstChannel] = broadcast.japan;
  const description = [
    `${premiere.label}.`,
    broadcast.japan.length > 0 && `On TV in Japan: ${broadcast.japan.map(channelText).join('; ')}.`,
    broadcast.streaming.length > 0 &&
      `Streaming: ${broadcast.streaming.map(channelText).join('; ')}`,
    length?.note,
    sources.length > 0 && `Source: ${sources.map(icsCitation).join('; ')}`,
  ].filter((line): line is string => typeof line === 'string');

  return {
    uid: `${show.id}-premiere-${icsUtc(startMs)}@premiere-countdown`,
    startMs,
    stampMs,
    ...(length ? { durationSeconds: length.durationSeconds } : {}),
    summary: `${show.title.english}: ${premiere.label}`,
    description: description.join('\n'),
    ...(firstChannel ? { location: firstChannel.name } : {}),
    ...(sources[0]?.url ? { url: sources[0].url } : {}),
  };
}

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
