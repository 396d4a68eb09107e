/** Time left as the countdown shows it. Durations are exact: a day is always 86 400 seconds. */
export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Whole seconds from `nowMs` until `targetMs`, never negative. Rounded up, so the display
 * reaches 0 exactly at the target instead of showing 0 for the last second before it.
 */
export function secondsUntil(targetMs: number, nowMs: number): number {
  if (!Number.isFinite(targetMs) || !Number.isFinite(nowMs)) return 0;
  return Math.max(0, Math.ceil((targetMs - nowMs) / 1000));
}

export function decompose(totalSeconds: number): CountdownParts {
  const whole = Number.isFinite(totalSeconds) ? Math.max(0, Math.floor(totalSeconds)) : 0;
  return {
    days: Math.floor(whole / 86_400),
    hours: Math.floor((whole % 86_400) / 3600),
    minutes: Math.floor((whole % 3600) / 60),
    seconds: whole % 60,
  };
}

/** The moments worth saying aloud; everything in between stays silent. */
export type Milestone = 'far' | 'day' | 'hour' | 'started';

export function milestoneFor(secondsLeft: number): Milestone {
  if (secondsLeft <= 0) return 'started';
  if (secondsLeft <= 3600) return 'hour';
  if (secondsLeft <= 86_400) return 'day';
  return 'far';
}

/**
 * "at least 12 days", for a date known only roughly: the largest whole unit that is surely
 * left before the earliest possible moment. Null once that moment has come.
 */
export function leastTimeLeft(secondsLeft: number): string | null {
  if (secondsLeft <= 0) return null;
  const { days, hours, minutes } = decompose(secondsLeft);
  if (days > 0) return `at least ${days} ${days === 1 ? 'day' : 'days'}`;
  if (hours > 0) return `at least ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  if (minutes > 0) return `at least ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return 'less than a minute';
}
