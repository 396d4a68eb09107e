import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { buildIcs, foldLine } from '../../src/lib/ics.ts';
import {
  calendarFile,
  episodeEvent,
  premiereEvent,
  seriesEvents,
} from '../../src/features/release/utils/add-to-calendar.ts';
import { episodeReleases } from '../../src/features/release/utils/run-schedule.ts';

const STAMP = Date.parse('2023-12-20T09:30:00Z');

function parseEvent(text: string) {
  const calendar = ICAL.Component.fromString(text);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the file');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the premiere .ics', () => {
  const text = buildIcs(premiereEvent(metallicRouge, STAMP));

  it('parses back with ical.js into the premiere broadcast, start in UTC', () => {
    const { calendar, vevent, event } = parseEvent(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-01-10T15:55:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.summary).toContain(metallicRouge.title.english);
    expect(event.uid).toMatch(/^metallic-rouge-premiere-20240110T155500Z@/);
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time && stamp.toJSDate().toISOString()).toBe(
      '2023-12-20T09:30:00.000Z',
    );
  });

  it('describes the channel and the source, with commas and line breaks intact', () => {
    const { event } = parseEvent(text);
    expect(event.description).toContain('Fuji TV (+Ultra block)');
    expect(event.description).toContain('Crunchyroll');
    expect(event.description).toContain('Anime News Network');
    expect(event.description).toContain(
      'https://www.animenewsnetwork.com/news/2023-12-07/metallic-rouge-anime-reveals-more-cast-theme-song-artists-january-10-debut-in-main-promo-video/.205221',
    );
    expect(event.description.split('\n').length).toBeGreaterThan(2);
    expect(event.location).toBe('Fuji TV (+Ultra block)');
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is saved under a name made from the show', () => {
    expect(calendarFile(metallicRouge, { kind: 'premiere' }, STAMP).name).toBe(
      'metallic-rouge-premiere.ics',
    );
  });
});

describe('folding and escaping', () => {
  it('never splits a multi-byte character across a fold', () => {
    const line = `SUMMARY:${'メタリックルージュ'.repeat(6)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('round-trips any summary and description through ical.js (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ maxLength: 300 }),
        (summary, description) => {
          // Lone carriage returns are normalised to line breaks by the format itself.
          const cleanDescription = description.replace(/\r\n?/g, '\n');
          const text = buildIcs({
            uid: 'x@test',
            startMs: Date.parse('2024-01-10T15:55:00Z'),
            stampMs: STAMP,
            summary: summary.replace(/[\r\n]/g, ' '),
            description: cleanDescription,
          });
          for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
          const { event } = parseEvent(text);
          expect(event.summary).toBe(summary.replace(/[\r\n]/g, ' '));
          expect(event.description).toBe(cleanDescription);
        },
      ),
    );
  });
});

describe('how long each event lasts', () => {
  const run = metallicRouge.run;
  if (!run) throw new Error('the show has a run');
  const minutes = (event: ICAL.Event) =>
    (event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()) / 60_000;

  it('gives the premiere the runtime on record, rounded up to 23 minutes, and says why', () => {
    const { event } = parseEvent(buildIcs(premiereEvent(metallicRouge, STAMP)));
    expect(minutes(event)).toBe(23);
    expect(event.description).toContain('22 min 50 s');
    expect(event.description).toMatch(/rounded up/);
    expect(event.description).toContain('No source gives the length of the other episodes');
  });

  it.each(['tv', 'crunchyroll'] as const)(
    'gives every %s episode of the series file a length, never zero',
    (countTo) => {
      const text = buildIcs(seriesEvents(metallicRouge, run, countTo, STAMP));
      const vevents = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
      expect(vevents).toHaveLength(13);
      for (const vevent of vevents) {
        const event = new ICAL.Event(vevent);
        expect(minutes(event)).toBeGreaterThanOrEqual(22);
        expect(minutes(event)).toBeLessThanOrEqual(23);
        expect(event.description).toMatch(/Length: 2\d min/);
      }
    },
  );

  it('makes a TV episode 23 minutes long, from the runtime on record', () => {
    const release = episodeReleases(run, 'tv').find(({ episode }) => episode.number === 5);
    if (!release) throw new Error('episode 5 airs');
    const { event } = parseEvent(buildIcs(episodeEvent(metallicRouge, run, release, 'tv', STAMP)));
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-02-07T15:55:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-02-07T16:18:00.000Z');
    expect(event.description).toContain('episode 3');
  });
});
