import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { calendarFile } from '../../src/features/release/utils/add-to-calendar.ts';
import { buildIcs } from '../../src/lib/ics.ts';
import {
  episodeReleases,
  nextReleaseIndex,
} from '../../src/features/release/utils/run-schedule.ts';

const run = metallicRouge.run!;
const tv = episodeReleases(run, 'tv');
const crunchyroll = episodeReleases(run, 'crunchyroll');

describe('the next release', () => {
  it('is the premiere before it, then each episode in turn, never one already begun', () => {
    expect(nextReleaseIndex(tv, Date.parse('2023-12-01T00:00:00Z'))).toBe(0);
    // At the very instant of a broadcast the countdown has moved on to the next episode.
    expect(nextReleaseIndex(tv, Date.parse('2024-01-10T15:55:00Z'))).toBe(1);
    expect(nextReleaseIndex(tv, Date.parse('2024-01-10T15:54:59.999Z'))).toBe(0);
    expect(nextReleaseIndex(tv, Date.parse('2024-04-03T15:54:59Z'))).toBe(12);
    expect(nextReleaseIndex(tv, Date.parse('2024-04-03T15:55:00Z'))).toBe(13);
  });

  it('on Crunchyroll is two and a half hours later, expected where no source reports it', () => {
    expect(new Date(crunchyroll[2]!.startMs).toISOString()).toBe('2024-01-24T18:25:00.000Z');
    expect(crunchyroll.filter((release) => !release.expected).map((r) => r.episode.number)).toEqual(
      [3, 4, 5, 7],
    );
    // Between the TV broadcast and the stream, the stream is still to come.
    expect(nextReleaseIndex(crunchyroll, Date.parse('2024-01-24T17:00:00Z'))).toBe(2);
  });
});

describe('calendar files of the run', () => {
  const STAMP = Date.parse('2024-01-03T00:00:00Z');
  const parse = (text: string) =>
    ICAL.Component.fromString(text)
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));

  it('give Crunchyroll episode 3 its sourced running time, and the others it rounded up', () => {
    const { name, events } = calendarFile(
      metallicRouge,
      { kind: 'series', countTo: 'crunchyroll' },
      STAMP,
    );
    expect(name).toBe('metallic-rouge-all-episodes-crunchyroll.ics');
    const parsed = parse(buildIcs(events));
    expect(parsed[2]?.duration.toSeconds()).toBe(22 * 60 + 50);
    expect(parsed[2]?.description).toContain('22 min 50 s');
    const others = parsed.filter((_, index) => index !== 2);
    expect(others.map((event) => event.duration.toSeconds())).toEqual(others.map(() => 23 * 60));
  });

  it('make one episode alone, with stable ids that differ between TV and Crunchyroll', () => {
    const one = (countTo: 'tv' | 'crunchyroll') =>
      calendarFile(metallicRouge, { kind: 'episode', episodeNumber: 5, countTo }, STAMP);
    expect(one('tv').events).toHaveLength(1);
    expect(one('tv').events[0]?.uid).toBe(one('tv').events[0]?.uid);
    expect(one('tv').events[0]?.uid).not.toBe(one('crunchyroll').events[0]?.uid);
    expect(
      parse(buildIcs(one('tv').events))[0]
        ?.startDate.toJSDate()
        .toISOString(),
    ).toBe('2024-02-07T15:55:00.000Z');
    expect(one('tv').events[0]?.description).toContain('Sportskeeda');
  });
});
