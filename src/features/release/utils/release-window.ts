import type { BroadcastRun, ReleaseDate } from '../../../data/show-types.ts';
import {
  MONTH_NAMES,
  formatClock,
  formatDay,
  formatWeekdayDay,
  resolveWallTime,
  zoneCity,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';

/** A release moment as the page can honestly state it, from its precision alone. */
export interface ReleaseWindow {
  /** "January 2024", "Winter 2024", "Thursday 11 January 2024, 00:55 Tokyo time". */
  label: string;
  /** Earliest instant (ms) it can happen. */
  startMs: number;
  /** First instant (ms) after the window: for `minute`, the start itself. */
  endMs: number;
}

const SEASONS = ['Winter', 'Spring', 'Summer', 'Autumn'] as const;

export function releaseWindow(release: ReleaseDate): ReleaseWindow {
  const startMs = Date.parse(release.start);
  const { zone } = release;
  const p = zonedParts(startMs, zone);
  switch (release.precision) {
    case 'minute':
      return {
        label: `${formatWeekdayDay(p)}, ${formatClock(p)} ${zoneCity(zone)} time`,
        startMs,
        endMs: startMs,
      };
    case 'day':
      return {
        label: formatWeekdayDay(p),
        startMs,
        endMs: resolveWallTime(zone, p.year, p.month, p.day + 1).instantMs,
      };
    case 'month':
      return {
        label: `${MONTH_NAMES[p.month - 1] ?? ''} ${p.year}`,
        startMs,
        endMs: resolveWallTime(zone, p.year, p.month + 1).instantMs,
      };
    case 'season': {
      // Winter is December to February; it takes the name of the year most of it falls in.
      const index = Math.floor((p.month % 12) / 3);
      const seasonYear = p.month === 12 ? p.year + 1 : p.year;
      const firstMonth = index === 0 ? 12 : index * 3;
      const firstYear = p.month === 12 || index !== 0 ? p.year : p.year - 1;
      return {
        label: `${SEASONS[index] ?? ''} ${seasonYear}`,
        startMs,
        endMs: resolveWallTime(zone, firstYear, firstMonth + 3).instantMs,
      };
    }
    case 'year':
      return {
        label: String(p.year),
        startMs,
        endMs: resolveWallTime(zone, p.year + 1, 1).instantMs,
      };
  }
}

/** "11 January 2024" in the release's own zone. */
export function releaseDayLabel(release: Pick<ReleaseDate, 'start' | 'zone'>): string {
  return formatDay(zonedParts(Date.parse(release.start), release.zone));
}

/**
 * "11 January – 4 April 2024": the run's first and last broadcast days, read in the first
 * episode's zone; the year once when both share it. Empty for a run with no episodes.
 */
export function formatRunSpan(run: BroadcastRun): string {
  const first = run.episodes[0];
  const last = run.episodes.at(-1);
  if (!first || !last) return '';
  const start = zonedParts(Date.parse(first.broadcast), first.zone);
  const end = zonedParts(Date.parse(last.broadcast), first.zone);
  const year = start.year === end.year ? '' : ` ${start.year}`;
  return `${start.day} ${MONTH_NAMES[start.month - 1] ?? ''}${year} – ${formatDay(end)}`;
}
