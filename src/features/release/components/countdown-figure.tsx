import type { ReactNode } from 'react';
import { BUTTON_STYLE } from '../../../components/ui/button-style.ts';
import { CalendarButton } from '../../../components/ui/calendar-button.tsx';
import { LiveCountdown } from '../../../components/ui/live-countdown.tsx';
import { PauseButton, PausedNote } from '../../../components/ui/pause-button.tsx';
import { UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import type { Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { leastTimeLeft, secondsUntil } from '../../../lib/countdown-math.ts';
import { useCountdownPaused } from '../../../lib/countdown-paused.ts';
import { formatTimeAgo } from '../../../lib/time/relative-time.ts';
import type { ReleaseState } from '../hooks/use-release-state.ts';
import type { CalendarRequest } from '../utils/add-to-calendar.ts';
import type { CountTo } from '../utils/run-schedule.ts';
import { WHERE_TO_WATCH_ID } from './release-ids.ts';

/** The figure (a countdown, an estimate, a line of text) and the actions that go with it. */
export function CountdownFigure({
  show,
  state,
  countTo,
}: {
  show: Show;
  state: ReleaseState | null;
  countTo: CountTo;
}) {
  const paused = useCountdownPaused();
  const { figure, actions } = content(show, state, countTo, paused);
  // Every state fills the same box, top-aligned: a figure that changes once live (a
  // sentence, then digits) grows downwards inside it, so nothing on the page moves.
  // On paper a countdown is stale the moment it is printed: a line says so instead of a blank.
  return (
    <>
      {/* Without script the box holds one sentence and no actions: no room is kept for them. */}
      <div className="min-h-28 noscript:min-h-0 sm:min-h-30 sm:noscript:min-h-0 print:hidden">
        {figure}
      </div>
      <div className="mt-6 flex min-h-11 flex-wrap items-center gap-3 noscript:hidden print:hidden">
        {actions}
      </div>
      <p className="hidden text-ink-muted print:block">
        The live countdown is left out of the printout: it is only right on screen.
      </p>
    </>
  );
}

function content(
  show: Show,
  state: ReleaseState | null,
  countTo: CountTo,
  paused: boolean,
): { figure: ReactNode; actions: ReactNode } {
  const { precision } = show.premiere;
  const exact = precision === 'minute' || precision === 'day';
  const watch = (
    <a href={`#${WHERE_TO_WATCH_ID}`} className={`inline-flex items-center ${BUTTON_STYLE}`}>
      Where to watch
    </a>
  );
  // The .ics builder is loaded on the press, not with the page.
  const download = (request: CalendarRequest) => () =>
    import('../utils/add-to-calendar.ts').then(({ downloadIcs }) => {
      downloadIcs(show, request);
    });
  const series = show.run && (
    <CalendarButton download={download({ kind: 'series', countTo })} tone="secondary">
      All {show.run.episodes.length} episodes <span className="font-normal">(.ics)</span>
    </CalendarButton>
  );
  const live = (targetMs: number, subject: string, request: CalendarRequest) => ({
    figure: <LiveCountdown targetMs={targetMs} subject={subject} paused={paused} />,
    actions: (
      <>
        <PauseButton paused={paused} />
        <CalendarButton download={download(request)}>
          Add to calendar <span className="font-normal">(.ics)</span>
        </CalendarButton>
        {series}
        {paused && <PausedNote />}
      </>
    ),
  });

  // Pre-rendered: true until live and for good with script off; the words follow which.
  if (state === null) {
    return {
      figure: (
        <p className="text-ink-muted">
          {precision === 'minute' ? (
            <UntilScriptRuns
              loading="Loading the live countdown and the times in your zone…"
              withoutScript="The live countdown and the times in your zone need JavaScript."
              failed="The live countdown and the times in your zone could not be loaded."
            />
          ) : (
            <UntilScriptRuns
              loading="Loading the time left…"
              withoutScript="The time left needs JavaScript."
              failed="The time left could not be loaded."
            />
          )}
        </p>
      ),
      actions: null,
    };
  }
  if (state.kind === 'finished') {
    return {
      figure: (
        <p className="text-lg text-ink">
          All {state.total} episodes have aired, one a week without a break. Every one of them can
          still be watched on the services below.
        </p>
      ),
      actions: (
        <>
          {watch}
          {series}
        </>
      ),
    };
  }
  if (state.kind === 'episode') {
    const { number } = state.release.episode;
    return live(state.release.startMs, `episode ${number}`, {
      kind: 'episode',
      episodeNumber: number,
      countTo,
    });
  }

  const { phase, timing } = state;
  if (phase === 'after') {
    return {
      figure: exact ? (
        <TimeSince startMs={timing.startMs} />
      ) : (
        <p className="text-lg text-ink">
          That window has passed, and no exact date has been recorded here yet.
        </p>
      ),
      actions: watch,
    };
  }
  if (phase === 'within') {
    return {
      figure: (
        <p className="text-lg text-ink">
          {precision === 'day'
            ? 'It is premiere day. The hour has not been announced.'
            : 'The window has opened: it could be any day now.'}
        </p>
      ),
      actions: watch,
    };
  }
  if (precision !== 'minute') {
    return { figure: <WindowEstimate startMs={timing.startMs} />, actions: watch };
  }
  return live(timing.startMs, 'the premiere', { kind: 'premiere' });
}

/** "2 years ago", kept current; re-renders only when the wording changes. */
function TimeSince({ startMs }: { startMs: number }) {
  const ago = useClock((nowMs) => formatTimeAgo((nowMs - startMs) / 1000));
  return (
    <p className="font-display text-4xl leading-none font-extrabold text-accent sm:text-6xl">
      {ago}
    </p>
  );
}

/** For a date known only roughly: the least time surely left, never invented seconds. */
function WindowEstimate({ startMs }: { startMs: number }) {
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
