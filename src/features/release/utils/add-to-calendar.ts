import type { Show } from '../../../data/show-types.ts';
import { downloadCalendarFile, type CalendarEvent } from '../../../lib/ics.ts';
import { episodeEvent, episodeFileName, seriesEvents, seriesFileName } from './episode-events.ts';
import { calendarFileName, premiereEvent } from './premiere-event.ts';
import { episodeReleases, type CountTo } from './run-schedule.ts';

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
    return { name: calendarFileName(show), events: [premiereEvent(show, stampMs)] };
  }
  if (request.kind === 'series') {
    return {
      name: seriesFileName(show, request.countTo),
      events: seriesEvents(show, run, request.countTo, stampMs),
    };
  }
  const release = episodeReleases(run, request.countTo).find(
    ({ episode }) => episode.number === request.episodeNumber,
  );
  if (!release) throw new Error(`The run has no episode ${request.episodeNumber}.`);
  return {
    name: episodeFileName(show, request.episodeNumber, request.countTo),
    events: [episodeEvent(show, run, release, request.countTo, stampMs)],
  };
}

export function downloadIcs(show: Show, request: CalendarRequest): void {
  const { name, events } = calendarFile(show, request, Date.now());
  downloadCalendarFile(name, events);
}
