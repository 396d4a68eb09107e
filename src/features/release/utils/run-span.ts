import { MONTH_NAMES, zonedParts } from '../../../lib/time/zoned-time.ts';

/** "11 January – 4 April 2024", the days read in `zone`; the year once when both share it. */
export function formatRunSpan(firstIso: string, lastIso: string, zone: string): string {
  const first = zonedParts(Date.parse(firstIso), zone);
  const last = zonedParts(Date.parse(lastIso), zone);
  const month = (p: typeof first) => MONTH_NAMES[p.month - 1] ?? '';
  const lastDay = `${last.day} ${month(last)} ${last.year}`;
  const firstDay = `${first.day} ${month(first)}${first.year === last.year ? '' : ` ${first.year}`}`;
  return `${firstDay} – ${lastDay}`;
}
