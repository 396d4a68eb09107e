import { setCountdownPaused } from '../../lib/countdown-paused.ts';
import { BUTTON_STYLE } from './button-style.ts';

/** Stops the per-second ticking (WCAG 2.2.2); the choice is remembered for the next visit. */
export function PauseButton({ paused }: { paused: boolean }) {
  return (
    <button
      type="button"
      onClick={() => {
        setCountdownPaused(!paused);
      }}
      className={BUTTON_STYLE}
    >
      {paused ? 'Resume the countdown' : 'Pause the countdown'}
    </button>
  );
}

/** Beside a paused countdown: why its figures stand still. */
export function PausedNote() {
  return <p className="text-sm text-ink-muted">Paused: the figures are not being updated.</p>;
}
