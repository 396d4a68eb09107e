import { useClock } from '../../lib/clock.ts';
import { decompose, secondsUntil } from '../../lib/countdown-math.ts';

const UNITS = [
  { key: 'days', one: 'day', many: 'days', width: 'w-[3ch]' },
  { key: 'hours', one: 'hour', many: 'hours', width: 'w-[2ch]' },
  { key: 'minutes', one: 'minute', many: 'minutes', width: 'w-[2ch]' },
  { key: 'seconds', one: 'second', many: 'seconds', width: 'w-[2ch]' },
] as const;

/**
 * The ticking digits: the only part of the page that re-renders every second. role="timer" is
 * not a live region, so screen readers read it when asked and never interrupt with it.
 */
export function LiveCountdown({
  targetMs,
  subject,
  paused,
}: {
  targetMs: number;
  /** What is counted to: "the premiere", "episode 5". */
  subject: string;
  paused: boolean;
}) {
  const secondsLeft = useClock((nowMs) => secondsUntil(targetMs, nowMs), !paused) ?? 0;
  const parts = decompose(secondsLeft);
  const spoken = UNITS.map(
    ({ key, one, many }) => `${parts[key]} ${parts[key] === 1 ? one : many}`,
  );

  return (
    <div role="timer" aria-label={`Time left until ${subject}`} className="flex gap-3 sm:gap-6">
      {UNITS.map(({ key, many, width }) => (
        <span key={key} aria-hidden="true" className="flex flex-col items-center">
          <span
            className={`${width} text-center font-display text-4xl leading-none font-extrabold text-ink tabular-nums sm:text-7xl`}
          >
            {String(parts[key]).padStart(2, '0')}
          </span>
          {/* Always plural, so a column never changes width; the spoken line has the grammar. */}
          <span className="mt-2 text-center text-[0.625rem] tracking-wide text-ink-muted uppercase sm:text-sm sm:tracking-wider">
            {many}
          </span>
        </span>
      ))}
      <span className="sr-only">{`${spoken.slice(0, 3).join(', ')} and ${spoken[3] ?? ''}`}</span>
    </div>
  );
}
