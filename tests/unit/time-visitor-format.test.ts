// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conventionsFor } from '../../src/lib/time/visitor-format.ts';

const PREMIERE_MS = Date.parse('2024-01-10T15:55:00Z');
const LA = 'America/Los_Angeles';

/**
 * The formatters as a browser set to `language` would load them: they read navigator.language
 * once, so each language gets a fresh copy of the module.
 */
async function visitorIn(language: string) {
  vi.resetModules();
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  const format = await import('../../src/lib/time/visitor-format.ts');
  const relative = await import('../../src/lib/time/relative-time.ts');
  return { ...format, ...relative };
}

afterEach(() => {
  vi.resetModules();
});

describe('the visitor’s conventions', () => {
  it.each([
    ['en-US', 'en-US', 'h12'],
    ['en-GB', 'en-GB', 'h23'],
    ['de-DE', 'en-DE', 'h23'],
    ['de', 'en-DE', 'h23'],
    ['ja-JP', 'en-JP', 'h23'],
    ['he-IL', 'en-IL', 'h23'],
    ['fr-CA', 'en-CA', 'h23'],
    // ICU has no English for Egypt: international English, with Egypt's 12-hour clock.
    ['ar-EG', 'en-001', 'h12'],
  ])(
    '%s reads English as written in its region (%s), on its own clock (%s)',
    (language, locale, hourCycle) => {
      expect(conventionsFor(language)).toEqual({ locale, hourCycle });
    },
  );

  it('falls back to international English for a tag Intl cannot read', () => {
    expect(conventionsFor('x-not-a-locale').locale).toBe('en-001');
    expect(conventionsFor('').locale).toBe('en-001');
  });
});

describe('a visitor’s times, in words that stay English', () => {
  // Pinned to what Chromium's ICU (CLDR 48, as in Node) writes; the browser tests check it there.
  it.each([
    ['en-US', 'Wednesday, January 10, 2024 at 7:55 AM', 'Wednesday, January 10', '7:55 AM'],
    ['en-GB', 'Wednesday, 10 January 2024 at 07:55', 'Wednesday 10 January', '07:55'],
    ['de-DE', 'Wednesday, 10 January 2024 at 07:55', 'Wednesday, 10 January', '07:55'],
    ['ja-JP', 'Wednesday, January 10, 2024 at 7:55', 'Wednesday, January 10', '7:55'],
    ['ar-EG', 'Wednesday, 10 January 2024 at 7:55 am', 'Wednesday, 10 January', '7:55 am'],
    ['he-IL', 'Wednesday, 10 January 2024 at 7:55', 'Wednesday, 10 January', '7:55'],
  ])('%s in Los Angeles: "%s"', async (language, dateTime, day, clock) => {
    const visitor = await visitorIn(language);
    expect(visitor.formatVisitorDateTime(PREMIERE_MS, LA)).toBe(dateTime);
    expect(visitor.formatVisitorDay(PREMIERE_MS, LA)).toBe(day);
    expect(visitor.formatVisitorClock(PREMIERE_MS, LA)).toBe(clock);
    // Latin digits and English words whatever the language.
    expect(visitor.formatTimeAgo(2.5 * 365.25 * 86_400)).toBe('2 years ago');
  });

  it.each([
    ['Asia/Kathmandu', 'Wednesday, 10 January 2024 at 21:40'],
    ['Pacific/Chatham', 'Thursday, 11 January 2024 at 05:40'],
    ['America/St_Johns', 'Wednesday, 10 January 2024 at 12:25'],
  ])('keeps the odd offset of %s', async (zone, dateTime) => {
    const visitor = await visitorIn('en-GB');
    expect(visitor.formatVisitorDateTime(PREMIERE_MS, zone)).toBe(dateTime);
  });

  it('follows a change to summer time: the same UTC hour is an hour later on the clock', async () => {
    const visitor = await visitorIn('en-US');
    expect(visitor.formatVisitorClock(Date.parse('2024-03-06T15:55:00Z'), LA)).toBe('7:55 AM');
    expect(visitor.formatVisitorClock(Date.parse('2024-03-13T15:55:00Z'), LA)).toBe('8:55 AM');
  });
});
