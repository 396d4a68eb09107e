import type { Source } from '../data/show-types.ts';

/*
 * Calendar files (RFC 5545), for the release's events and for watch-alongs alike. Loaded only
 * when the visitor asks for a file.
 */

/** One event. Times are instants; the file states them in UTC. */
export interface CalendarEvent {
  uid: string;
  startMs: number;
  /** Where any length is known; the description says what it rests on. */
  durationSeconds?: number;
  /** When the file was made (DTSTAMP). */
  stampMs: number;
  summary: string;
  description: string;
  location?: string;
  url?: string;
}

/** 20240110T155500Z */
export function icsUtc(instantMs: number): string {
  return new Date(instantMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into pieces of at most 75 octets (RFC 5545 §3.1), never splitting a
 * UTF-8 character; each continuation starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** "PT22M50S" */
function icsDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stampMs)}`,
    `DTSTART:${icsUtc(event.startMs)}`,
    // An event without a length is valid, but calendars then show it as lasting no time.
    ...(event.durationSeconds ? [`DURATION:${icsDuration(event.durationSeconds)}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ];
}

/** A complete VCALENDAR with the events, CRLF line endings, ready to save as .ics. */
export function buildIcs(events: CalendarEvent | readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Metallic Rouge release page//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[events].flat().flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A source as a calendar description cites it: publication, "title", date and address. */
export function icsCitation(source: Source): string {
  return [source.publication, `"${source.title}"`, source.date, source.url]
    .filter(Boolean)
    .join(', ');
}

/** Hands the events to the browser as a download named `name`. */
export function downloadCalendarFile(
  name: string,
  events: CalendarEvent | readonly CalendarEvent[],
) {
  const url = URL.createObjectURL(
    new Blob([buildIcs(events)], { type: 'text/calendar;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the next task is late enough to free the blob.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
