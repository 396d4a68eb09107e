import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatOffset,
  formatWeekdayDay,
  resolveWallTime,
  zoneCity,
  zoneOffsetMinutes,
  zonedParts,
} from '../../src/lib/time/zoned-time.ts';

const PREMIERE = Date.parse('2024-01-10T15:55:00Z');

const local = (zone: string) => {
  const parts = zonedParts(PREMIERE, zone);
  return `${formatWeekdayDay(parts)}, ${formatClock(parts)}`;
};

describe('the premiere in different zones', () => {
  it('is Thursday 00:55 in Tokyo and Wednesday in London and Los Angeles', () => {
    expect(local('Asia/Tokyo')).toBe('Thursday 11 January 2024, 00:55');
    expect(local('Europe/London')).toBe('Wednesday 10 January 2024, 15:55');
    expect(local('America/Los_Angeles')).toBe('Wednesday 10 January 2024, 07:55');
  });

  it('handles quarter-hour zones and a zone in summer time across the date line', () => {
    expect(local('Asia/Kathmandu')).toBe('Wednesday 10 January 2024, 21:40');
    // Chatham Islands: +13:45 in their January summer.
    expect(local('Pacific/Chatham')).toBe('Thursday 11 January 2024, 05:40');
    expect(formatOffset(zoneOffsetMinutes(PREMIERE, 'Pacific/Chatham'))).toBe('UTC+13:45');
    expect(formatOffset(zoneOffsetMinutes(PREMIERE, 'Asia/Kathmandu'))).toBe('UTC+5:45');
  });

  it('labels offsets with the zone they belong to at that moment', () => {
    expect(formatOffset(zoneOffsetMinutes(PREMIERE, 'Asia/Tokyo'))).toBe('UTC+9');
    expect(formatOffset(zoneOffsetMinutes(PREMIERE, 'America/Los_Angeles'))).toBe('UTC−8');
    expect(formatOffset(zoneOffsetMinutes(PREMIERE, 'Europe/London'))).toBe('UTC+0');
    // The same zone in summer.
    expect(
      formatOffset(zoneOffsetMinutes(Date.parse('2024-07-10T15:55:00Z'), 'Europe/London')),
    ).toBe('UTC+1');
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
    expect(zoneCity('Asia/Tokyo')).toBe('Tokyo');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('resolveWallTime', () => {
  const instant = (...wall: Parameters<typeof resolveWallTime>) =>
    new Date(resolveWallTime(...wall).instantMs).toISOString();

  it('finds the instant of a wall-clock time in a zone', () => {
    expect(instant('Asia/Tokyo', 2024, 1, 11, 0, 55)).toBe('2024-01-10T15:55:00.000Z');
    expect(instant('Asia/Tokyo', 2024, 1)).toBe('2023-12-31T15:00:00.000Z');
  });

  it('is right on both sides of a DST change', () => {
    // London: 1 April 2024 is in summer time, 1 March is not.
    expect(instant('Europe/London', 2024, 4)).toBe('2024-03-31T23:00:00.000Z');
    expect(instant('Europe/London', 2024, 3)).toBe('2024-03-01T00:00:00.000Z');
    // Los Angeles, the morning after clocks went back.
    expect(instant('America/Los_Angeles', 2024, 11, 3, 12)).toBe('2024-11-03T20:00:00.000Z');
  });

  it('rolls month 13 over into January of the next year, and knows leap days', () => {
    expect(instant('Asia/Tokyo', 2023, 13)).toBe('2023-12-31T15:00:00.000Z');
    expect(instant('UTC', 2024, 2, 30)).toBe('2024-03-01T00:00:00.000Z');
    expect(formatWeekdayDay(zonedParts(Date.parse('2024-02-29T12:00:00Z'), 'UTC'))).toBe(
      'Thursday 29 February 2024',
    );
  });
});
