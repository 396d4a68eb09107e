import { sourcesFor } from '../../../data/sources.ts';
import type { Channel, Show } from '../../../data/show-types.ts';
import { lengthOfEpisodes, runtimeOnRecord } from '../../../data/episode-length.ts';
import type { CalendarEvent } from '../../../lib/ics.ts';
import { icsCitation, icsUtc } from '../../../lib/ics.ts';

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

export function calendarFileName(show: Show): string {
  return `${show.id}-premiere.ics`;
}
