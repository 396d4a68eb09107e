import type { ComponentProps } from 'react';
import type { Show } from '../../../data/show-types.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatDay, zonedParts } from '../../../lib/time/zoned-time.ts';
import { useReleaseState, type ReleaseState } from '../hooks/use-release-state.ts';
import { useCountTo } from '../stores/count-to.ts';
import { formatRunSpan, releaseDayLabel, releaseWindow } from '../utils/release-window.ts';
import type { CountTo } from '../utils/run-schedule.ts';
import { CountToChoice } from './count-to-choice.tsx';
import { PremiereTimes } from './premiere-times.tsx';
import { ReleaseMoment } from './release-moment.tsx';
import { CountdownFigure } from './countdown-figure.tsx';
import { MilestoneStatus } from './milestone-status.tsx';

interface Heading {
  label: string;
  /** The word before the date: "Premieres", "Airs", "Aired"… */
  word: string;
  dateTime: string;
  date: string;
}

function premiereWord(exact: boolean, state: ReleaseState | null): string {
  const phase = state?.kind === 'premiere' ? state.phase : null;
  if (phase === null) return exact ? 'Premiere:' : 'Expected:';
  if (phase === 'after') return exact ? 'Premiered' : 'Was expected';
  return exact ? 'Premieres' : 'Expected';
}

function headingFor(
  show: Show,
  state: ReleaseState | null,
  countTo: CountTo,
  visitorZone: string | null,
): Heading {
  const { premiere } = show;
  if (state?.kind === 'episode') {
    const { episode, startMs } = state.release;
    const start = new Date(startMs).toISOString();
    // Crunchyroll streams outside Asia, where its release falls on the day before Tokyo's: the
    // visitor's own day is the one that matters. The broadcast in Japan keeps Tokyo's.
    const streamZone = countTo === 'crunchyroll' ? visitorZone : null;
    return {
      label: `Next: episode ${episode.number} of ${state.total} · ${streamZone ? `Crunchyroll, your day (${streamZone})` : 'TV broadcast in Japan'}`,
      word: countTo === 'tv' ? 'Airs' : 'Streams',
      dateTime: start,
      date: streamZone
        ? formatDay(zonedParts(startMs, streamZone))
        : releaseDayLabel({ start, zone: episode.zone }),
    };
  }
  // Pre-rendered (state null), a show with a known run shows the run's dates: the same heading a
  // visitor after the run gets, so for nearly everyone nothing moves when the page goes live.
  const { run } = show;
  const first = run?.episodes[0];
  if (run && first && (state === null || state.kind === 'finished')) {
    return {
      label: `The broadcast run · ${run.episodes.length} episodes`,
      word: state === null ? 'Broadcast:' : 'Aired',
      dateTime: first.broadcast,
      date: formatRunSpan(run),
    };
  }
  const exact = premiere.precision === 'minute' || premiere.precision === 'day';
  return {
    label: premiere.label,
    word: premiereWord(exact, state),
    dateTime: premiere.start,
    date: exact ? releaseDayLabel(premiere) : releaseWindow(premiere).label,
  };
}

/** What the polite status counts to: "the premiere", "episode 5", or nothing once all aired. */
function subjectOf(state: ReleaseState | null): ComponentProps<typeof MilestoneStatus> {
  if (state?.kind === 'episode') {
    return { subject: `episode ${state.release.episode.number}`, targetMs: state.release.startMs };
  }
  if (state?.kind === 'premiere')
    return { subject: 'the premiere', targetMs: state.timing.startMs };
  return { subject: null, targetMs: null };
}

/**
 * The page's headline: the premiere, then each next episode, then the finished run, with what
 * the clock says about it. The build's HTML has the premiere's date alone (state
 * null); the live figure appears once its island is live, and moves on by itself at each release.
 */
export function CountdownCard({ show }: { show: Show }) {
  const { countTo } = useCountTo();
  const state = useReleaseState(show, countTo);
  const visitorZone = useVisitorZone();
  const { label, word, dateTime, date } = headingFor(show, state, countTo, visitorZone);
  const exact = show.premiere.precision === 'minute' || show.premiere.precision === 'day';
  // The premiere's own times matter only until it has begun; a countdown to Crunchyroll is
  // already at episode 1's stream, whose times ReleaseMoment gives.
  const premiereAhead =
    state?.kind === 'premiere' && state.phase === 'before' && show.premiere.precision === 'minute';
  // There is nothing left to choose between once the run is over (and nothing to choose at all
  // without script, or in the pre-rendered page, which shows the finished run's heading).
  const choosing = show.run && (state?.kind === 'premiere' || state?.kind === 'episode');

  return (
    <div className="rounded-2xl border border-line bg-surface p-5 sm:p-8">
      <p className="text-sm font-semibold tracking-widest text-metal uppercase">{label}</p>
      {/* The date sits on its own line: when the word before it changes once live
          ("Premiere:" to "Premiered"), the date does not move. */}
      <p className="mt-2 text-lg font-semibold text-ink-muted">
        {word}{' '}
        <time
          dateTime={dateTime}
          className="mt-1 block font-display text-3xl font-extrabold tracking-tight text-ink sm:text-5xl"
        >
          {date}
        </time>
      </p>
      {!exact && <p className="mt-1 text-lg text-ink-muted">Exact date not announced</p>}
      {state?.kind === 'episode' && show.run && (
        <ReleaseMoment run={show.run} release={state.release} countTo={countTo} />
      )}
      {premiereAhead && (
        <div className="mt-4">
          <PremiereTimes premiere={show.premiere} />
        </div>
      )}
      <div className="mt-6 noscript:mt-3">
        <CountdownFigure show={show} state={state} countTo={countTo} />
      </div>
      {choosing && <CountToChoice />}
      {show.premiere.precision === 'minute' && (
        // A new choice of what to count to is not news: the status starts afresh, silent.
        <MilestoneStatus key={countTo} {...subjectOf(state)} />
      )}
    </div>
  );
}
