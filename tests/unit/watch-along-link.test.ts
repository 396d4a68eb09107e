import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NAME_MAX_LENGTH,
  cleanName,
  formatWatchLink,
  readWatchLink,
  type WatchAlong,
} from '../../src/features/watch-along/utils/watch-link.ts';
import { problemText } from '../../src/features/watch-along/utils/link-problems.ts';

/** The reading, with each problem as the visitor is told it. */
function read(search: string) {
  const reading = readWatchLink(search, 13);
  return reading && { ...reading, problems: reading.problems.map(problemText) };
}

describe('reading a watch-along link', () => {
  it('reads the documented example', () => {
    expect(read('?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night')).toEqual({
      watchAlong: {
        startMs: Date.parse('2026-12-12T03:00:00Z'),
        firstEpisode: 5,
        lastEpisode: 6,
        name: 'Rouge night',
      },
      problems: [],
    });
  });

  it('takes seconds, one episode, and no name', () => {
    expect(read('?watch=2026-03-11T00:00:30Z&episodes=13')).toEqual({
      watchAlong: {
        startMs: Date.parse('2026-03-11T00:00:30Z'),
        firstEpisode: 13,
        lastEpisode: 13,
      },
      problems: [],
    });
  });

  it('is null for an address without a watch-along', () => {
    expect(read('')).toBeNull();
    expect(read('?seen=4&tz=Asia/Tokyo')).toBeNull();
  });

  it.each([
    ['an unreadable time', '?watch=next%20friday&episodes=5', /start time .* cannot be read/],
    ['a date that does not exist', '?watch=2026-02-30T20:00Z&episodes=5', /start time/],
    ['hour 24', '?watch=2026-02-03T24:00Z&episodes=5', /start time/],
    ['a local time without Z', '?watch=2026-02-03T20:00&episodes=5', /start time/],
    ['an offset instead of Z', '?watch=2026-02-03T20:00%2B01:00&episodes=5', /start time/],
    ['no episodes', '?watch=2026-02-03T20:00Z', /does not say which episodes/],
    ['unreadable episodes', '?watch=2026-02-03T20:00Z&episodes=five', /episodes .* cannot be read/],
    ['episode 0', '?watch=2026-02-03T20:00Z&episodes=0', /series does not have \(it has 1 to 13\)/],
    ['episode 14', '?watch=2026-02-03T20:00Z&episodes=12-14', /series does not have/],
    ['a backward range', '?watch=2026-02-03T20:00Z&episodes=6-5', /run backwards, from 6 to 5/],
  ])('shows no watch-along for %s, and says why', (_, search, problem) => {
    const reading = read(search);
    expect(reading?.watchAlong).toBeUndefined();
    expect(reading?.problems).toHaveLength(1);
    expect(reading?.problems[0]).toMatch(problem);
    expect(reading?.problems[0]).toMatch(/no watch-along is shown\.$/);
  });

  it('never throws, whatever the address says (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ maxLength: 600 }), (watch, eps, name) => {
        const search = `?watch=${encodeURIComponent(watch)}&episodes=${encodeURIComponent(eps)}&name=${name}`;
        const reading = read(search);
        expect(reading).not.toBeNull();
        expect(reading?.watchAlong !== undefined || reading?.problems.length === 1).toBe(true);
      }),
    );
  });
});

describe('the name in a link', () => {
  const named = (name: string) =>
    read(`?watch=2026-12-12T03:00Z&episodes=5&name=${encodeURIComponent(name)}`);

  it('cuts a 500-character name to the first 80 and says so', () => {
    const reading = named('x'.repeat(500));
    expect(reading?.watchAlong?.name).toBe('x'.repeat(NAME_MAX_LENGTH));
    expect(reading?.problems).toEqual([
      'The name in this link is long, so only its first 80 characters are shown.',
    ]);
  });

  it('cuts between characters as a reader sees them, never inside an emoji or an accent', () => {
    const family = '👨‍👩‍👧';
    const name = cleanName(`${'a'.repeat(79)}${family}${family}`).name;
    expect(name).toBe(`${'a'.repeat(79)}${family}`);
    expect(cleanName('e\u0301'.repeat(81)).name).toBe('e\u0301'.repeat(80));
  });

  it('takes out bidi overrides, isolates and control characters, and says so', () => {
    const hostile = 'Rouge\u202E thgin\u2066\u0007\u0085\u200F';
    const reading = named(hostile);
    expect(reading?.watchAlong?.name).toBe('Rouge thgin');
    expect(reading?.problems).toEqual([
      'Hidden control characters were taken out of the name in this link.',
    ]);
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(cleanName(`a${String.fromCodePoint(code)}b`).name).toBe('ab');
    }
  });

  it('leaves out a name that looks like markup, keeping the watch-along', () => {
    const reading = named('<img src=x onerror=alert(1)>');
    expect(reading?.watchAlong).toBeDefined();
    expect(reading?.watchAlong?.name).toBeUndefined();
    expect(reading?.problems[0]).toMatch(/looks like web page code/);
  });

  it('drops a name that is only white space or controls', () => {
    expect(named('   ')?.watchAlong?.name).toBeUndefined();
    expect(named('\u202E\u0000')?.watchAlong).toBeDefined();
    expect(named('\u202E\u0000')?.watchAlong?.name).toBeUndefined();
  });
});

describe('making a link', () => {
  it('writes the short, readable form, relative to the page', () => {
    const link = formatWatchLink({
      startMs: Date.parse('2026-12-12T03:00:00Z'),
      firstEpisode: 5,
      lastEpisode: 6,
      name: 'Rouge night',
    });
    expect(link).toBe('?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night');
    expect(
      formatWatchLink({
        startMs: Date.parse('2026-12-12T03:00:07Z'),
        firstEpisode: 2,
        lastEpisode: 2,
      }),
    ).toBe('?watch=2026-12-12T03:00:07Z&episodes=2');
  });

  it('reads back exactly what it wrote (property)', () => {
    const watchAlong: fc.Arbitrary<WatchAlong> = fc
      .record({
        // Whole seconds from 2000 to 2999, as the format states them.
        seconds: fc.integer({ min: 946_684_800, max: 32_503_679_999 }),
        first: fc.integer({ min: 1, max: 13 }),
        span: fc.integer({ min: 0, max: 12 }),
        name: fc.option(fc.string({ unit: 'grapheme', maxLength: 120 }), { nil: undefined }),
      })
      .map(({ seconds, first, span, name }) => {
        const clean = name === undefined ? undefined : cleanName(name).name;
        return {
          startMs: seconds * 1000,
          firstEpisode: first,
          lastEpisode: Math.min(13, first + span),
          ...(clean ? { name: clean } : {}),
        };
      });
    fc.assert(
      fc.property(watchAlong, (given) => {
        expect(read(formatWatchLink(given))).toEqual({ watchAlong: given, problems: [] });
      }),
    );
  });
});

describe('a name typed into the form', () => {
  it('can always be written into a link, even with half an emoji pasted in', () => {
    const { name } = cleanName('Rouge \ud83d night');
    expect(name).toBe('Rouge night');
    if (name === undefined) throw new Error('a name is left');
    expect(() =>
      formatWatchLink({ startMs: 0, firstEpisode: 1, lastEpisode: 1, name }),
    ).not.toThrow();
  });

  it('stays the same when cleaned twice (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (given) => {
        const once = cleanName(given).name;
        if (once !== undefined) expect(cleanName(once)).toEqual({ name: once, problems: [] });
      }),
    );
  });
});
