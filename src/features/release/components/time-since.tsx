import { useClock } from '../../../lib/clock.ts';
import { formatTimeAgo } from '../../../lib/time/relative-time.ts';

/** "2 years ago", kept current; re-renders only when the wording changes. */
export function TimeSince({ startMs }: { startMs: number }) {
  const ago = useClock((nowMs) => formatTimeAgo((nowMs - startMs) / 1000));
  return (
    <p className="font-display text-4xl leading-none font-extrabold text-accent sm:text-6xl">
      {ago}
    </p>
  );
}
