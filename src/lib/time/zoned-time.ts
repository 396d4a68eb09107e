/**
 * Calendar parts of an instant in an IANA zone. Only the numbers come from Intl; names are
 * spelled here, so the pre-rendered HTML and the browser always agree whatever ICU data each has.
 */
export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function numericFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      numberingSystem: 'latn',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function zonedParts(instantMs: number, zone: string): ZonedParts {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of numericFormatter(zone).formatToParts(instantMs)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = values;
  return {
    year,
    month,
    day,
    // Some engines still write midnight as 24 even with h23.
    hour: hour % 24,
    minute,
    second,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** Minutes the zone is ahead of UTC at that instant (negative west of Greenwich). */
export function zoneOffsetMinutes(instantMs: number, zone: string): number {
  const p = zonedParts(instantMs, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * How a wall-clock time maps onto instants in a zone: `exact` once, `repeated` twice (the hour
 * clocks go back; the earlier instant is used), or `skipped` (the hour clocks jump over; the
 * instant is as far past the jump as the time was, e.g. 2:30 becomes 3:30 after a 2:00→3:00 jump).
 */
export type WallTimeFit = 'exact' | 'repeated' | 'skipped';

const DAY_MS = 86_400_000;

/**
 * The instant when the wall clock in `zone` shows this local time, and how it fits (see
 * WallTimeFit). Month and day may overflow (month 13 is January next year), which is how
 * callers step to the next period.
 */
export function resolveWallTime(
  zone: string,
  year: number,
  month: number,
  day = 1,
  hour = 0,
  minute = 0,
): { instantMs: number; fit: WallTimeFit } {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Offset changes are far more than a day apart, so the offsets a day either side are the only
  // two this wall time can have.
  const before = wall - zoneOffsetMinutes(wall - DAY_MS, zone) * 60_000;
  const after = wall - zoneOffsetMinutes(wall + DAY_MS, zone) * 60_000;
  const shows = (instant: number) => instant + zoneOffsetMinutes(instant, zone) * 60_000 === wall;
  const fits = [...new Set([before, after])].filter(shows).sort((a, b) => a - b);
  const [first] = fits;
  if (first === undefined) return { instantMs: before, fit: 'skipped' };
  return { instantMs: first, fit: fits.length > 1 ? 'repeated' : 'exact' };
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** "UTC+9", "UTC+5:45", "UTC−8" (a true minus sign). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const total = Math.abs(offsetMinutes);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return `UTC${sign}${hours}${minutes ? `:${pad2(minutes)}` : ''}`;
}

/** "11 January 2024" */
export function formatDay(p: ZonedParts): string {
  return `${p.day} ${MONTH_NAMES[p.month - 1] ?? ''} ${p.year}`;
}

/** "Thursday 11 January 2024" */
export function formatWeekdayDay(p: ZonedParts): string {
  return `${WEEKDAY_NAMES[p.weekday] ?? ''} ${formatDay(p)}`;
}

/** "00:55" on a 24-hour clock. */
export function formatClock(p: ZonedParts): string {
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** The city part of an IANA id: "America/Los_Angeles" → "Los Angeles". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}
