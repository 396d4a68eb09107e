import type { ReactNode } from 'react';
import type { Show } from '../../../data/show-types.ts';
import { useCountdownPaused } from '../stores/countdown-paused.ts';
import { useReleasePhase, type ReleasePhase } from '../hooks/use-release-phase.ts';
import { releaseDayLabel, releaseWindow } from '../utils/release-window.ts';
import { AddToCalendarButton } from './add-to-calendar-button.tsx';
import { LiveCountdown } from './live-countdown.tsx';
import { MilestoneStatus } from './milestone-status.tsx';
import { PauseButton } from './pause-button.tsx';
import { TimeSince } from './time-since.tsx';
import { WindowEstimate } from './window-estimate.tsx';
import { WHERE_TO_WATCH_ID } from './where-to-watch.tsx';

function headline(precision: Show['premiere']['precision'], phase: ReleasePhase | null): string {
  const exact = precision === 'minute' || precision === 'day';
  if (phase === null) return exact ? 'Premiere:' : 'Expected:';
  if (phase === 'after') return exact ? 'Premiered' : 'Was expected';
  return exact ? 'Premieres' : 'Expected';
}

/**
 * The page's headline: the premiere date, then what the clock says about it. The server and
 * hydration render the date alone (phase null); the live part appears once mounted.
 */
export function CountdownCard({ show }: { show: Show }) {
  const { premiere } = show;
  const timing = releaseWindow(premiere);
  const phase = useReleasePhase(timing);
  const exact = premiere.precision === 'minute' || premiere.precision === 'day';

  return (
    <div className="rounded-2xl border border-line bg-surface p-5 sm:p-8">
      <p className="text-sm font-semibold tracking-widest text-metal uppercase">{premiere.label}</p>
      {/* The date sits on its own line: when the word before it changes after hydration
          ("Premiere:" to "Premiered"), the date does not move. */}
      <p className="mt-2 text-lg font-semibold text-ink-muted">
        {headline(premiere.precision, phase)}{' '}
        <time
          dateTime={premiere.start}
          className="mt-1 block font-display text-3xl font-extrabold tracking-tight text-ink sm:text-5xl"
        >
          {exact ? releaseDayLabel(premiere) : timing.label}
        </time>
      </p>
      {!exact && <p className="mt-1 text-lg text-ink-muted">Exact date not announced</p>}
      {/* Every state fills the same height (figure + a row of actions), so nothing jumps. */}
      <div className="mt-6 flex min-h-32 flex-col justify-end sm:min-h-42">
        <LivePart show={show} phase={phase} startMs={timing.startMs} />
      </div>
      {premiere.precision === 'minute' && <MilestoneStatus targetMs={timing.startMs} />}
    </div>
  );
}

function LivePart({
  show,
  phase,
  startMs,
}: {
  show: Show;
  phase: ReleasePhase | null;
  startMs: number;
}) {
  const paused = useCountdownPaused();
  const { precision } = show.premiere;
  // Pre-rendered: true before hydration and stays true with script off, so it promises nothing.
  if (phase === null) {
    return (
      <p className="text-ink-muted">
        {precision === 'minute'
          ? 'The live countdown and the times in your zone need JavaScript.'
          : 'The time left needs JavaScript.'}
      </p>
    );
  }
  if (phase === 'after') {
    if (precision === 'minute' || precision === 'day') {
      return (
        <>
          <TimeSince startMs={startMs} />
          <ActionRow>
            <WatchLink />
          </ActionRow>
        </>
      );
    }
    return (
      <>
        <p className="text-lg text-ink">
          That window has passed, and no exact date has been recorded here yet.
        </p>
        <ActionRow>
          <WatchLink />
        </ActionRow>
      </>
    );
  }
  if (phase === 'within') {
    return (
      <>
        <p className="text-lg text-ink">
          {precision === 'day'
            ? 'It is premiere day. The hour has not been announced.'
            : 'The window has opened: it could be any day now.'}
        </p>
        <ActionRow>
          <WatchLink />
        </ActionRow>
      </>
    );
  }
  if (precision !== 'minute') {
    return (
      <>
        <WindowEstimate startMs={startMs} />
        <ActionRow>
          <WatchLink />
        </ActionRow>
      </>
    );
  }
  return (
    <>
      <LiveCountdown targetMs={startMs} paused={paused} />
      <ActionRow>
        <PauseButton paused={paused} />
        <AddToCalendarButton show={show} />
        {paused && (
          <p className="text-sm text-ink-muted">Paused: the figures are not being updated.</p>
        )}
      </ActionRow>
    </>
  );
}

function ActionRow({ children }: { children: ReactNode }) {
  return <div className="mt-6 flex min-h-11 flex-wrap items-center gap-3">{children}</div>;
}

function WatchLink() {
  return (
    <a
      href={`#${WHERE_TO_WATCH_ID}`}
      className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface-raised px-4 py-2 font-semibold text-ink hover:border-metal"
    >
      Where to watch
    </a>
  );
}
