import { describe, expect, it } from 'vitest';
import { planWatchAlong, type PlanInput } from '../../src/features/watch-along/utils/plan.ts';
import { formatClock, resolveWallTime, zonedParts } from '../../src/lib/time/zoned-time.ts';
import { formatWatchLink, readWatchLink } from '../../src/features/watch-along/utils/watch-link.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function plan(zone: string, date: string, time: string, nowMs = NOW) {
  const input: PlanInput = { date, time, zone, firstEpisode: 5, lastEpisode: 6, name: '' };
  return planWatchAlong(input, nowMs);
}

const linkOf = (result: ReturnType<typeof plan>) => {
  if (!result.watchAlong) throw new Error(JSON.stringify(result.errors));
  return formatWatchLink(result.watchAlong);
};

describe('a watch-along planned on the clock of a zone', () => {
  it('reads Kathmandu’s quarter-hour offset (+5:45)', () => {
    expect(linkOf(plan('Asia/Kathmandu', '2026-03-14', '20:00'))).toBe(
      '?watch=2026-03-14T14:15Z&episodes=5-6',
    );
  });

  it('reads Chatham in its summer (+13:45), the day before in UTC', () => {
    expect(linkOf(plan('Pacific/Chatham', '2026-03-14', '09:30'))).toBe(
      '?watch=2026-03-13T19:45Z&episodes=5-6',
    );
  });

  it('reads St John’s (−3:30)', () => {
    expect(linkOf(plan('America/St_Johns', '2026-03-05', '21:00'))).toBe(
      '?watch=2026-03-06T00:30Z&episodes=5-6',
    );
  });

  it('uses the offset of the day watched, not of the day planned, across a DST change', () => {
    // Planned on 1 March (EST, −5) for 10 March (EDT, −4): 20:00 in New York is midnight UTC.
    expect(linkOf(plan('America/New_York', '2026-03-10', '20:00'))).toBe(
      '?watch=2026-03-11T00:00Z&episodes=5-6',
    );
  });

  it('shows a link made in one zone at the same moment on every other clock', () => {
    const reading = readWatchLink(linkOf(plan('America/Los_Angeles', '2026-04-02', '19:00')), 13);
    const startMs = reading?.watchAlong?.startMs ?? NaN;
    expect(formatClock(zonedParts(startMs, 'America/Los_Angeles'))).toBe('19:00');
    expect(formatClock(zonedParts(startMs, 'Europe/Berlin'))).toBe('04:00');
    expect(zonedParts(startMs, 'Asia/Tokyo')).toMatchObject({ day: 3, hour: 11, minute: 0 });
    expect(formatClock(zonedParts(startMs, 'Asia/Kathmandu'))).toBe('07:45');
  });

  it('moves a time the clocks skip to just after the jump, and says so', () => {
    // New York jumps from 02:00 to 03:00 on 8 March 2026: 02:30 never happens.
    const result = plan('America/New_York', '2026-03-08', '02:30');
    expect(linkOf(result)).toBe('?watch=2026-03-08T07:30Z&episodes=5-6');
    expect(result.clockNote).toMatch(/02:30 never happens .* starts at 03:30/);
  });

  it('takes the first of a time the clocks repeat, and says so', () => {
    // New York goes back from 02:00 to 01:00 on 1 November 2026: 01:30 happens twice.
    const result = plan('America/New_York', '2026-11-01', '01:30');
    expect(linkOf(result)).toBe('?watch=2026-11-01T05:30Z&episodes=5-6');
    expect(result.clockNote).toMatch(/happens twice; the watch-along starts at the first/);
    // East of Greenwich too: Berlin repeats 02:30 on 25 October 2026, first at 00:30 UTC.
    expect(resolveWallTime('Europe/Berlin', 2026, 10, 25, 2, 30)).toEqual({
      instantMs: Date.parse('2026-10-25T00:30:00Z'),
      fit: 'repeated',
    });
  });

  it('rejects a time already past, on the planner’s clock, next to the time', () => {
    const result = plan('Asia/Kathmandu', '2026-03-01', '17:30', NOW);
    // 17:30 in Kathmandu is 11:45 UTC, a quarter of an hour before NOW.
    expect(result.watchAlong).toBeUndefined();
    expect(result.errors.time).toMatch(/already passed in Kathmandu/);
    expect(plan('Asia/Kathmandu', '2026-03-01', '17:46', NOW).watchAlong).toBeDefined();
  });

  it('rejects a range that runs backwards, next to the last episode', () => {
    const result = planWatchAlong(
      { date: '2026-03-10', time: '20:00', zone: 'UTC', firstEpisode: 6, lastEpisode: 5, name: '' },
      NOW,
    );
    expect(result.watchAlong).toBeUndefined();
    expect(result.errors.lastEpisode).toMatch(/cannot come before the first \(episode 6\)/);
  });
});
