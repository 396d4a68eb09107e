import { MONTH_NAMES } from '../../../lib/time/zoned-time.ts';

/** "2023" → "2023", "2023-07" → "July 2023", "2023-03-22" → "22 March 2023". */
export function formatIsoDate(iso: string): string {
  const [year = '', month, day] = iso.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A date, or a span such as "17–19 November 2023" when it ran over several days. */
export function formatIsoSpan(from: string, until?: string): string {
  if (!until || until === from) return formatIsoDate(from);
  const sameMonth = from.slice(0, 7) === until.slice(0, 7) && from.length === 10;
  if (sameMonth) return `${Number(from.slice(8, 10))}–${formatIsoDate(until)}`;
  return `${formatIsoDate(from)} – ${formatIsoDate(until)}`;
}
