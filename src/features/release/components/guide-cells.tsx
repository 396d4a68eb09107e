import { Fragment } from 'react';
import { SHORT_STAND_IN, UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorClock, formatVisitorDay } from '../../../lib/time/visitor-format.ts';
import {
  formatClock,
  formatWeekdayDay,
  zoneCity,
  zoneOffsetMinutes,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';
import {
  episodeReleases,
  episodeStatus,
  nextReleaseIndex,
  type EpisodeStatus,
} from '../utils/run-schedule.ts';

/*
 * The episode guide's live pieces (see episode-guide.tsx, which is HTML): each is an island of its
 * own, filled in once the browser knows the visitor's zone and the time. Until then each holds the
 * same lines as it will, so nothing moves.
 */

const STATUS_WORDS: Record<EpisodeStatus, string> = {
  aired: 'Aired',
  next: 'Next',
  upcoming: 'Upcoming',
};

interface CellProps {
  show: Show;
  /** 1 for the first episode. */
  episode?: number;
}

function episodeOf(show: Show, episodeNumber = 0) {
  const episode = show.run?.episodes.find((each) => each.number === episodeNumber);
  if (!episode) throw new Error(`The run has no episode ${episodeNumber}.`);
  return episode;
}

function useStatus(run: BroadcastRun | undefined, episodeNumber = 0): EpisodeStatus | null {
  const broadcasts = run ? episodeReleases(run, 'tv') : [];
  const nextIndex = useClock((nowMs) => nextReleaseIndex(broadcasts, nowMs));
  return nextIndex === null ? null : episodeStatus(episodeNumber - 1, nextIndex);
}

/** The "Where you are" heading's zone. */
export function GuideZone() {
  const zone = useVisitorZone();
  return zone === null ? <UntilScriptRuns {...SHORT_STAND_IN} /> : <BreakableZone zone={zone} />;
}

/** Under "Crunchyroll": whose clock its times are on. */
export function GuideStreamZone() {
  return useVisitorZone() === null ? 'Tokyo time' : 'your time';
}

/** Under "Status", until the browser knows the time: why its cells are empty. */
export function GuideStatusHeading({ show }: CellProps) {
  if (useStatus(show.run, 1) !== null) return null;
  return (
    <span className="block font-normal text-ink-muted">
      <UntilScriptRuns {...SHORT_STAND_IN} />
    </span>
  );
}

/** On a phone, where the headings are not shown: whose clock the times are on. */
export function GuideZoneNote() {
  const zone = useVisitorZone();
  return (
    <p aria-hidden="true" className="mt-4 text-sm text-ink-muted md:hidden">
      {zone === null ? (
        'Crunchyroll’s times are Tokyo’s until the page knows your time zone.'
      ) : (
        <>
          Your times are in <BreakableZone zone={zone} />.
        </>
      )}
    </p>
  );
}

/** The status on a phone, where its column is not shown: "Aired. ", or nothing yet. */
export function PhoneStatus({ show, episode }: CellProps) {
  const status = useStatus(show.run, episode);
  return status ? `${STATUS_WORDS[status]}. ` : '';
}

/** The status column's cell. */
export function StatusCell({ show, episode }: CellProps) {
  const status = useStatus(show.run, episode);
  return status ? STATUS_WORDS[status] : '\u00a0';
}

/** The broadcast on the visitor's clock, or "Same as Tokyo time" for a visitor on Tokyo's. */
export function BroadcastCell({ show, episode: episodeNumber }: CellProps) {
  const zone = useVisitorZone();
  const episode = episodeOf(show, episodeNumber);
  const broadcastMs = Date.parse(episode.broadcast);
  if (
    zone !== null &&
    zoneOffsetMinutes(broadcastMs, zone) === zoneOffsetMinutes(broadcastMs, episode.zone)
  ) {
    return <>Same as {zoneCity(episode.zone)} time</>;
  }
  return <VisitorTime instantMs={broadcastMs} zone={zone} />;
}

/** The stream on Crunchyroll: Tokyo's clock until the visitor's zone is known, then theirs. */
export function StreamCell({ show, episode: episodeNumber }: CellProps) {
  const zone = useVisitorZone();
  const episode = episodeOf(show, episodeNumber);
  const streamMs = Date.parse(episode.crunchyroll.available);
  const parts = zonedParts(streamMs, episode.zone);
  return (
    <>
      {zone === null ? (
        <time dateTime={episode.crunchyroll.available}>
          {formatWeekdayDay(parts)}
          <span className="block">{formatClock(parts)}</span>
        </time>
      ) : (
        <VisitorTime instantMs={streamMs} zone={zone} />
      )}
      <span className="block text-ink-muted">
        {episode.crunchyroll.basis === 'reported' ? 'reported' : 'expected'}
      </span>
    </>
  );
}

/** "America/<wbr>Los_Angeles": a narrow column breaks a zone's name after a slash, never inside a word. */
function BreakableZone({ zone }: { zone: string }) {
  return zone.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/**
 * Filled in by the browser; until then a blank of the same two lines, so nothing moves. The
 * elements are the same in both states and only their text changes.
 */
function VisitorTime({ instantMs, zone }: { instantMs: number; zone: string | null }) {
  return (
    <time dateTime={new Date(instantMs).toISOString()} aria-hidden={zone === null || undefined}>
      {zone === null ? '\u00a0' : formatVisitorDay(instantMs, zone)}
      <span className="block">
        {zone === null ? '\u00a0' : formatVisitorClock(instantMs, zone)}
      </span>
    </time>
  );
}
