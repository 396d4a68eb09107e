import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decompose,
  leastTimeLeft,
  milestoneFor,
  secondsUntil,
} from '../../src/lib/countdown-math.ts';

const PREMIERE = Date.parse('2024-01-10T15:55:00Z');

describe('secondsUntil', () => {
  it('counts whole seconds to the target, rounding a started second up', () => {
    expect(secondsUntil(PREMIERE, PREMIERE - 90_000)).toBe(90);
    expect(secondsUntil(PREMIERE, PREMIERE - 89_001)).toBe(90);
    expect(secondsUntil(PREMIERE, PREMIERE - 1)).toBe(1);
  });

  it('is exactly zero at the target and stays zero afterwards, never negative', () => {
    expect(secondsUntil(PREMIERE, PREMIERE)).toBe(0);
    expect(secondsUntil(PREMIERE, PREMIERE + 1)).toBe(0);
    expect(secondsUntil(PREMIERE, PREMIERE + 86_400_000 * 900)).toBe(0);
  });

  it('gives zero rather than NaN for an unreadable date', () => {
    expect(secondsUntil(Date.parse('not a date'), PREMIERE)).toBe(0);
    expect(secondsUntil(PREMIERE, Number.NaN)).toBe(0);
  });
});

describe('decompose', () => {
  it('splits seconds into days, hours, minutes and seconds', () => {
    expect(decompose(2 * 86_400 + 3 * 3600 + 55 * 60 + 7)).toEqual({
      days: 2,
      hours: 3,
      minutes: 55,
      seconds: 7,
    });
    expect(decompose(0)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(decompose(59)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 59 });
    expect(decompose(86_400)).toEqual({ days: 1, hours: 0, minutes: 0, seconds: 0 });
  });

  it('never returns negative or NaN parts', () => {
    expect(decompose(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(decompose(Number.NaN)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });

  it('counts a leap day as a day like any other', () => {
    const from = Date.parse('2024-02-28T12:00:00Z');
    const to = Date.parse('2024-03-01T12:00:00Z');
    expect(decompose(secondsUntil(to, from))).toEqual({
      days: 2,
      hours: 0,
      minutes: 0,
      seconds: 0,
    });
    // The same calendar span in a common year is one day shorter.
    expect(
      decompose(
        secondsUntil(Date.parse('2023-03-01T12:00:00Z'), Date.parse('2023-02-28T12:00:00Z')),
      ).days,
    ).toBe(1);
  });

  it('measures real time across a DST change: the spring-forward night has 23 hours', () => {
    // Noon to noon in London across 31 March 2024, when clocks went forward.
    const saturdayNoon = Date.parse('2024-03-30T12:00:00Z'); // GMT
    const sundayNoon = Date.parse('2024-03-31T11:00:00Z'); // BST
    expect(decompose(secondsUntil(sundayNoon, saturdayNoon))).toEqual({
      days: 0,
      hours: 23,
      minutes: 0,
      seconds: 0,
    });
    // …and the autumn night in Los Angeles has 25.
    const before = Date.parse('2024-11-02T19:00:00Z'); // noon PDT
    const after = Date.parse('2024-11-03T20:00:00Z'); // noon PST
    expect(decompose(secondsUntil(after, before))).toEqual({
      days: 1,
      hours: 1,
      minutes: 0,
      seconds: 0,
    });
  });

  it('always adds back up to the time left, with every part in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 * 365 * 86_400 }), (total) => {
        const { days, hours, minutes, seconds } = decompose(total);
        expect(days * 86_400 + hours * 3600 + minutes * 60 + seconds).toBe(total);
        expect(hours).toBeGreaterThanOrEqual(0);
        expect(hours).toBeLessThan(24);
        expect(minutes).toBeGreaterThanOrEqual(0);
        expect(minutes).toBeLessThan(60);
        expect(seconds).toBeGreaterThanOrEqual(0);
        expect(seconds).toBeLessThan(60);
      }),
    );
  });

  it('is never negative and never overstates the time left, for any pair of instants (property)', () => {
    const instant = fc.integer({
      min: Date.parse('1990-01-01T00:00:00Z'),
      max: Date.parse('2090-01-01T00:00:00Z'),
    });
    fc.assert(
      fc.property(instant, instant, (target, now) => {
        const left = secondsUntil(target, now);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(left)).toBe(true);
        if (target > now) {
          expect(left * 1000).toBeGreaterThanOrEqual(target - now);
          expect(left * 1000 - (target - now)).toBeLessThan(1000);
        } else {
          expect(left).toBe(0);
        }
        const parts = decompose(left);
        expect(Object.values(parts).every((part) => part >= 0)).toBe(true);
      }),
    );
  });
});

describe('milestoneFor', () => {
  it('marks the last day, the last hour and the start', () => {
    expect(milestoneFor(86_401)).toBe('far');
    expect(milestoneFor(86_400)).toBe('day');
    expect(milestoneFor(3601)).toBe('day');
    expect(milestoneFor(3600)).toBe('hour');
    expect(milestoneFor(1)).toBe('hour');
    expect(milestoneFor(0)).toBe('started');
  });
});

describe('leastTimeLeft', () => {
  it('names the largest whole unit surely left', () => {
    expect(leastTimeLeft(12 * 86_400 + 20 * 3600)).toBe('at least 12 days');
    expect(leastTimeLeft(86_400)).toBe('at least 1 day');
    expect(leastTimeLeft(5 * 3600 + 59 * 60)).toBe('at least 5 hours');
    expect(leastTimeLeft(60)).toBe('at least 1 minute');
    expect(leastTimeLeft(30)).toBe('less than a minute');
    expect(leastTimeLeft(0)).toBeNull();
  });
});
