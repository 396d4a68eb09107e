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

export const WEEKDAY_NAMES = [
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
  const year = values.year ?? NaN;
  const month = values.month ?? NaN;
  const day = values.day ?? NaN;
  return {
    year,
    month,
    day,
    // Some engines still write midnight as 24 even with h23.
    hour: (values.hour ?? NaN) % 24,
    minute: values.minute ?? NaN,
    second: values.second ?? NaN,
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
 * The instant when the wall clock in `zone` first shows this local time. Month and day may
 * overflow (month 13 is January next year), which is how callers step to the next period.
 */
export function zonedTimeToInstant(
  zone: string,
  year: number,
  month: number,
  day = 1,
  hour = 0,
  minute = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  let instant = wall - zoneOffsetMinutes(wall, zone) * 60_000;
  instant = wall - zoneOffsetMinutes(instant, zone) * 60_000;
  return instant;
}

/** "UTC+9", "UTC+5:45", "UTC−8" (a true minus sign). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const total = Math.abs(offsetMinutes);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (total === 0) return 'UTC+0';
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

const pad2 = (value: number) => String(value).padStart(2, '0');

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
