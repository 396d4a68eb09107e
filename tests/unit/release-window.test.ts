// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ReleaseDate } from '../../src/data/show-types.ts';
import { formatIsoDate, formatIsoSpan } from '../../src/features/release/utils/announced-date.ts';
import { formatTimeAgo } from '../../src/lib/time/relative-time.ts';
import { releaseWindow } from '../../src/features/release/utils/release-window.ts';

const release = (precision: ReleaseDate['precision'], start: string, zone = 'Asia/Tokyo') => ({
  precision,
  start,
  zone,
  sourceIds: [],
});
const iso = (ms: number) => new Date(ms).toISOString();

describe('releaseWindow, for every precision', () => {
  it('minute: the exact instant, labelled in its zone', () => {
    const window = releaseWindow(release('minute', '2024-01-10T15:55:00Z'));
    expect(window.label).toBe('Thursday 11 January 2024, 00:55 Tokyo time');
    expect(iso(window.startMs)).toBe('2024-01-10T15:55:00.000Z');
    expect(window.endMs).toBe(window.startMs);
  });

  it('day: the whole day in its zone', () => {
    const window = releaseWindow(release('day', '2024-01-10T15:00:00Z'));
    expect(window.label).toBe('Thursday 11 January 2024');
    expect(iso(window.endMs)).toBe('2024-01-11T15:00:00.000Z');
  });

  it('month: the month in its zone, to the first instant of the next', () => {
    const window = releaseWindow(release('month', '2023-12-31T15:00:00Z'));
    expect(window.label).toBe('January 2024');
    expect(iso(window.endMs)).toBe('2024-01-31T15:00:00.000Z');
  });

  it('month: a leap February has 29 days', () => {
    const window = releaseWindow(release('month', '2024-02-01T00:00:00Z', 'UTC'));
    expect(window.label).toBe('February 2024');
    expect((window.endMs - window.startMs) / 86_400_000).toBe(29);
  });

  it('month: a month that ends in a DST change ends at local midnight', () => {
    const window = releaseWindow(release('month', '2024-03-01T00:00:00Z', 'Europe/London'));
    expect(window.label).toBe('March 2024');
    expect(iso(window.endMs)).toBe('2024-03-31T23:00:00.000Z');
  });

  it('season: winter runs December to February and takes the later year', () => {
    const fromDecember = releaseWindow(release('season', '2023-11-30T15:00:00Z'));
    expect(fromDecember.label).toBe('Winter 2024');
    expect(iso(fromDecember.endMs)).toBe('2024-02-29T15:00:00.000Z');
    const fromJanuary = releaseWindow(release('season', '2023-12-31T15:00:00Z'));
    expect(fromJanuary.label).toBe('Winter 2024');
    expect(iso(fromJanuary.endMs)).toBe('2024-02-29T15:00:00.000Z');
  });

  it('season: spring, summer and autumn', () => {
    expect(releaseWindow(release('season', '2024-03-31T15:00:00Z')).label).toBe('Spring 2024');
    expect(releaseWindow(release('season', '2024-06-30T15:00:00Z')).label).toBe('Summer 2024');
    const autumn = releaseWindow(release('season', '2024-08-31T15:00:00Z'));
    expect(autumn.label).toBe('Autumn 2024');
    expect(iso(autumn.endMs)).toBe('2024-11-30T15:00:00.000Z');
  });

  it('year: the year in its zone, 366 days in a leap year', () => {
    const window = releaseWindow(release('year', '2023-12-31T15:00:00Z'));
    expect(window.label).toBe('2024');
    expect(iso(window.endMs)).toBe('2024-12-31T15:00:00.000Z');
    expect((window.endMs - window.startMs) / 86_400_000).toBe(366);
  });
});

describe('announcement dates', () => {
  it('writes partial ISO dates as words', () => {
    expect(formatIsoDate('2023-03-22')).toBe('22 March 2023');
    expect(formatIsoDate('2023-07')).toBe('July 2023');
    expect(formatIsoDate('2023')).toBe('2023');
  });

  it('writes a span within one month compactly', () => {
    expect(formatIsoSpan('2023-11-17', '2023-11-19')).toBe('17–19 November 2023');
    expect(formatIsoSpan('2023-11-30', '2023-12-02')).toBe('30 November 2023 – 2 December 2023');
    expect(formatIsoSpan('2023-11-17')).toBe('17 November 2023');
  });
});

describe('formatTimeAgo', () => {
  it('rounds down to the largest whole unit, never into the future', () => {
    const day = 86_400;
    expect(formatTimeAgo(2.9 * 365.25 * day)).toBe('2 years ago');
    expect(formatTimeAgo(366 * day)).toBe('1 year ago');
    expect(formatTimeAgo(45 * day)).toBe('1 month ago');
    expect(formatTimeAgo(3 * day)).toBe('3 days ago');
    expect(formatTimeAgo(2 * 3600 + 5)).toBe('2 hours ago');
    expect(formatTimeAgo(1)).toBe('1 second ago');
    expect(formatTimeAgo(0)).toBe('just now');
    expect(formatTimeAgo(-30)).toBe('just now');
  });
});
