import type { BroadcastRun } from '../../../data/show-types.ts';
import { MONTH_NAMES, formatDay, zonedParts } from '../../../lib/time/zoned-time.ts';

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
