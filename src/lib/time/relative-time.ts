import { visitorConventions } from './visitor-format.ts';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365.2425 * 86_400],
  ['month', (365.2425 / 12) * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

let formatter: Intl.RelativeTimeFormat | undefined;

/**
 * "2 years ago": the largest unit that fits, rounded down so it never claims more time than has
 * passed. Only ever called in the browser (its wording may differ between ICU versions).
 */
export function formatTimeAgo(elapsedSeconds: number): string {
  // 'always': "1 year ago", not the calendar-minded "last year", which can be wrong by months.
  formatter ??= new Intl.RelativeTimeFormat(visitorConventions().locale, { numeric: 'always' });
  const elapsed = Math.max(0, elapsedSeconds);
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return formatter.format(-Math.floor(elapsed / size), unit);
  }
  return 'just now';
}
