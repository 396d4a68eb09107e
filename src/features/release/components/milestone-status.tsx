import { useState } from 'react';
import { capitalize } from '../../../lib/capitalize.ts';
import { useClock } from '../../../lib/clock.ts';
import { milestoneFor, secondsUntil, type Milestone } from '../../../lib/countdown-math.ts';

function messageFor(milestone: Milestone, subject: string): string {
  if (milestone === 'day') return `One day left until ${subject}.`;
  if (milestone === 'hour') return `One hour left until ${subject}.`;
  if (milestone === 'started') return `${capitalize(subject)} has started.`;
  return '';
}

/**
 * A polite status that speaks only when something meaningful happens during the visit — a day
 * or an hour left, a release starting — never on load and never every second. `subject` is what
 * is counted to ("the premiere", "episode 5"); null once nothing is left to count to.
 */
export function MilestoneStatus({
  subject,
  targetMs,
}: {
  subject: string | null;
  targetMs: number | null;
}) {
  const milestone = useClock((nowMs) =>
    targetMs === null ? 'far' : milestoneFor(secondsUntil(targetMs, nowMs)),
  );
  // What was last read, so only changes are news; the first reading (on arrival) is not.
  const [seen, setSeen] = useState<{ subject: string | null; milestone: Milestone | null }>({
    subject,
    milestone: null,
  });
  const [message, setMessage] = useState('');
  if (milestone !== null && (seen.subject !== subject || seen.milestone !== milestone)) {
    if (seen.milestone !== null) {
      if (seen.subject !== subject && seen.subject !== null) {
        // The card moved on at zero: what it was counting to has begun.
        const last = subject === null ? ' That was the last episode.' : '';
        setMessage(`${messageFor('started', seen.subject)}${last}`);
      } else if (seen.subject === subject && subject !== null) {
        setMessage(messageFor(milestone, subject));
      }
    }
    setSeen({ subject, milestone });
  }

  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
