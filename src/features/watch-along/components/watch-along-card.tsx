import { useId, useState } from 'react';
import { BUTTON_STYLE } from '../../../components/ui/button-style.ts';
import { LiveCountdown } from '../../../components/ui/live-countdown.tsx';
import { CalendarButton } from '../../../components/ui/calendar-button.tsx';
import { PauseButton, PausedNote } from '../../../components/ui/pause-button.tsx';
import type { Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { useCountdownPaused } from '../../../lib/countdown-paused.ts';
import { formatTimeAgo } from '../../../lib/time/relative-time.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorDateTime } from '../../../lib/time/visitor-format.ts';
import { formatOffset, zoneCity, zoneOffsetMinutes } from '../../../lib/time/zoned-time.ts';
import { formatInstant, type WatchAlong, type WatchLinkReading } from '../utils/watch-link.ts';
import { problemText } from '../utils/link-problems.ts';
import {
  episodesLabel,
  parsePhaseKey,
  phaseAt,
  phaseKey,
  watchAlongSeconds,
  type WatchAlongPhase,
} from '../utils/watch-along-words.ts';

export interface WatchAlongCardProps {
  show: Show;
  /** What the page's address says: `readWatchLink(location.search, episodeCount)`. */
  reading: WatchLinkReading;
  /** The horizon this visit shows (the group's while the link decides it). */
  visitHorizon: number;
  /** The visitor's own stored horizon. */
  ownHorizon: number;
  /** Lets the visitor's own horizon decide the rest of the visit (nothing is stored). */
  onUseOwnHorizon: () => void;
  /** Stores `lastEpisode` as the visitor's horizon: the episodes are seen. */
  onMarkSeen: (lastEpisode: number) => void;
}

/**
 * The watch-along a link describes: who meets, which episodes, when on the visitor's own clock,
 * a countdown, a calendar file and where to watch. A link that cannot be used shows only what
 * was wrong with it.
 */
export function WatchAlongCard({
  show,
  reading,
  visitHorizon,
  ownHorizon,
  onUseOwnHorizon,
  onMarkSeen,
}: WatchAlongCardProps) {
  const headingId = useId();
  const { watchAlong, problems } = reading;
  const notes = problems.length > 0 && (
    <div role="note" aria-label="About this watch-along link" className="space-y-1 text-ink-muted">
      {problems.map((problem) => (
        <p key={problem.kind}>{problemText(problem)}</p>
      ))}
    </div>
  );
  if (!watchAlong) {
    return <div className="rounded-2xl border border-line bg-surface p-5 sm:p-6">{notes}</div>;
  }
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-8"
    >
      <div>
        <p className="text-sm font-semibold tracking-widest text-metal uppercase">Watch-along</p>
        <h2
          id={headingId}
          className="mt-1 font-display text-2xl font-extrabold text-ink sm:text-4xl"
        >
          {watchAlong.name ?? `${show.title.english} together`}
        </h2>
        <p className="mt-1 text-lg font-semibold text-ink">{episodesLabel(watchAlong)}</p>
      </div>
      {notes}
      <StartLine startMs={watchAlong.startMs} />
      <Progress
        show={show}
        watchAlong={watchAlong}
        ownHorizon={ownHorizon}
        onMarkSeen={onMarkSeen}
      />
      <GroupHorizon
        groupHorizon={watchAlong.firstEpisode - 1}
        visitHorizon={visitHorizon}
        ownHorizon={ownHorizon}
        onUseOwnHorizon={onUseOwnHorizon}
      />
    </section>
  );
}

function StartLine({ startMs }: { startMs: number }) {
  const zone = useVisitorZone();
  return (
    <p className="text-ink">
      Starts{' '}
      <time dateTime={new Date(startMs).toISOString()} className="font-semibold">
        {zone
          ? `${formatVisitorDateTime(startMs, zone)} (${zoneCity(zone)} time, ${formatOffset(zoneOffsetMinutes(startMs, zone))})`
          : `${formatInstant(startMs).replace('T', ' ').replace('Z', '')} UTC`}
      </time>
    </p>
  );
}

function Progress({
  show,
  watchAlong,
  ownHorizon,
  onMarkSeen,
}: {
  show: Show;
  watchAlong: WatchAlong;
  ownHorizon: number;
  onMarkSeen: (lastEpisode: number) => void;
}) {
  const lengthSeconds = watchAlongSeconds(show, watchAlong);
  const paused = useCountdownPaused();
  const key = useClock((nowMs) => phaseKey(phaseAt(watchAlong.startMs, lengthSeconds, nowMs)));
  const phase = key === null ? null : parsePhaseKey(key);
  const [marked, setMarked] = useState(false);
  const seriesPage = show.run?.crunchyroll.seriesPage?.url;

  return (
    <>
      <PhaseAnnouncer phase={phase} />
      <div className="min-h-20">
        {phase?.kind === 'before' && (
          <LiveCountdown targetMs={watchAlong.startMs} subject="the watch-along" paused={paused} />
        )}
        {phase?.kind === 'on' && (
          <p className="font-display text-3xl font-extrabold text-accent">
            On now — started{' '}
            {phase.minutesIn === 0 ? 'just now' : formatTimeAgo(phase.minutesIn * 60)}
          </p>
        )}
        {phase?.kind === 'ended' && (
          <p className="font-display text-3xl font-extrabold text-ink">Ended</p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {phase?.kind === 'before' && <PauseButton paused={paused} />}
        {phase?.kind !== 'ended' && (
          <CalendarButton
            tone="secondary"
            download={() =>
              import('../utils/watch-along-event.ts').then(({ downloadWatchAlong }) => {
                downloadWatchAlong(show, watchAlong);
              })
            }
          >
            Add to calendar <span className="font-normal">(.ics)</span>
          </CalendarButton>
        )}
        {seriesPage && (
          <a href={seriesPage} className={BUTTON_STYLE} rel="noopener noreferrer">
            Watch on Crunchyroll <span className="font-normal">(outside Asia)</span>
          </a>
        )}
        {phase?.kind === 'ended' && ownHorizon < watchAlong.lastEpisode && !marked && (
          <button
            type="button"
            onClick={() => {
              setMarked(true);
              onMarkSeen(watchAlong.lastEpisode);
            }}
            className={BUTTON_STYLE}
          >
            Mark {episodesLabel(watchAlong).toLowerCase()} as seen
          </button>
        )}
        {phase?.kind === 'before' && paused && <PausedNote />}
      </div>
      {marked && (
        <p className="text-ink-muted">
          Done: the page now shows everything up to episode {watchAlong.lastEpisode}.
        </p>
      )}
    </>
  );
}

/**
 * A polite status that speaks only when the watch-along starts or ends during the visit, never
 * on arrival and never each second (the timer itself is role="timer", which is not announced).
 */
function PhaseAnnouncer({ phase }: { phase: WatchAlongPhase | null }) {
  const kind = phase?.kind ?? null;
  const [last, setLast] = useState(kind);
  const [message, setMessage] = useState('');
  if (kind !== last) {
    if (last !== null && kind === 'on') setMessage('The watch-along has started.');
    if (last !== null && kind === 'ended') setMessage('The watch-along has ended.');
    setLast(kind);
  }
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}

function GroupHorizon({
  groupHorizon,
  visitHorizon,
  ownHorizon,
  onUseOwnHorizon,
}: {
  groupHorizon: number;
  visitHorizon: number;
  ownHorizon: number;
  onUseOwnHorizon: () => void;
}) {
  if (visitHorizon !== groupHorizon || ownHorizon <= groupHorizon) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
      <p className="basis-full text-ink-muted">
        {groupHorizon === 0
          ? 'To match the group, this visit hides every episode’s details.'
          : `To match the group, this visit hides everything after episode ${groupHorizon}.`}{' '}
        You have seen further.
      </p>
      <button type="button" onClick={onUseOwnHorizon} className={BUTTON_STYLE}>
        Show up to my own episode {ownHorizon} instead
      </button>
    </div>
  );
}
