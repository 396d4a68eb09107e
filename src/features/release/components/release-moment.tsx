import type { BroadcastRun } from '../../../data/show-types.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorDateTime } from '../../../lib/time/visitor-format.ts';
import {
  formatClock,
  formatWeekdayDay,
  zoneCity,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';
import type { CountTo, EpisodeRelease } from '../utils/run-schedule.ts';

/**
 * The exact moment of the release the card counts to: on the clock in Japan, where it is
 * scheduled, and on the visitor's. An expected time says so, and what it rests on.
 */
export function ReleaseMoment({
  run,
  release,
  countTo,
}: {
  run: BroadcastRun;
  release: EpisodeRelease;
  countTo: CountTo;
}) {
  const zone = useVisitorZone();
  const home = zonedParts(release.startMs, release.episode.zone);
  const reported = run.episodes
    .filter((episode) => episode.crunchyroll.basis === 'reported')
    .map((episode) => episode.number);
  return (
    <div className="mt-3 space-y-1">
      <p className="text-ink">
        {formatWeekdayDay(home)}, {formatClock(home)} {zoneCity(release.episode.zone)} time
        {countTo === 'crunchyroll' &&
          ` (${formatDelay(run.crunchyroll.delayMinutes)} after the TV broadcast)`}
      </p>
      {zone !== null && zone !== release.episode.zone && (
        <p className="text-ink-muted">
          Your time:{' '}
          <span className="text-ink">{formatVisitorDateTime(release.startMs, zone)}</span> ({zone})
        </p>
      )}
      {release.expected && (
        <p className="text-sm text-ink-muted">
          <strong className="font-semibold text-ink">Expected:</strong> no source reports this
          episode&rsquo;s time on Crunchyroll; it follows the time reported for episodes{' '}
          {reported.join(', ')}.
        </p>
      )}
    </div>
  );
}

/** 150 → "2 hours 30 minutes" */
function formatDelay(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    hours > 0 && `${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    minutes > 0 && `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  ];
  return parts.filter(Boolean).join(' ');
}
