import { useState } from 'react';
import { useClock } from '../../../lib/clock.ts';
import { milestoneFor, secondsUntil, type Milestone } from '../utils/countdown-math.ts';

const MESSAGES: Record<Milestone, string> = {
  far: '',
  day: 'One day left until the premiere.',
  hour: 'One hour left until the premiere.',
  started: 'The premiere has started.',
};

/**
 * A polite status that speaks only when the countdown crosses a meaningful line during the
 * visit — never on load, never every second.
 */
export function MilestoneStatus({ targetMs }: { targetMs: number }) {
  const milestone = useClock((nowMs) => milestoneFor(secondsUntil(targetMs, nowMs)));
  // The milestone the visitor arrived in is not news; remember it from the first real reading.
  const [arrivedIn, setArrivedIn] = useState<Milestone | null>(null);
  if (arrivedIn === null && milestone !== null) setArrivedIn(milestone);
  const message =
    arrivedIn !== null && milestone !== null && milestone !== arrivedIn ? MESSAGES[milestone] : '';

  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
