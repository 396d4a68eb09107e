import { useClock } from '../../../lib/clock.ts';
import { leastTimeLeft, secondsUntil } from '../../../lib/countdown-math.ts';

/** For a date known only roughly: the least time surely left, never invented seconds. */
export function WindowEstimate({ startMs }: { startMs: number }) {
  const least = useClock((nowMs) => leastTimeLeft(secondsUntil(startMs, nowMs)) ?? '');
  return (
    <>
      <p className="font-display text-4xl leading-none font-extrabold text-ink sm:text-6xl">
        {least}
      </p>
      <p className="mt-2 text-sm text-ink-muted">until the earliest day it could be</p>
    </>
  );
}
