import { Fragment, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SHORT_STAND_IN, UntilScriptRuns } from '../../../components/ui/until-script-runs.tsx';
import type { RunEpisode, Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { useLive } from '../../../lib/live.ts';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorClock, formatVisitorDay } from '../../../lib/time/visitor-format.ts';
import {
  formatClock,
  formatWeekdayDay,
  zoneCity,
  zoneOffsetMinutes,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';
import { episodeReleases, nextReleaseIndex } from '../utils/run-schedule.ts';

/*
 * The episode guide's live pieces. The build renders each into its slot in the guide's HTML
 * (`data-slot`, episode-guide.tsx) as it stands before the browser knows the visitor's zone and
 * the time: the same lines as it will hold, so nothing moves. In the browser, one island
 * (GuideLive) fills every slot afresh through a portal, in one commit: a React root per cell
 * cost ~20 ms each on a 4× slowed CPU, ~1.5 s for the guide's 66 (docs/performance.md).
 */

/** What the browser knows and the build does not; null for each in the build's HTML. */
interface Known {
  /** The zone the visitor's times are in. */
  zone: string | null;
  /** Index of the next broadcast in the run (the run's length once all have aired). */
  nextIndex: number | null;
}

/** "Aired", "Next" or "Upcoming" for the episode at `index`; null until the time is known. */
function statusWord(index: number, nextIndex: number | null): string | null {
  if (nextIndex === null) return null;
  if (index < nextIndex) return 'Aired';
  return index === nextIndex ? 'Next' : 'Upcoming';
}

/** The broadcast on the visitor's clock, or "Same as Tokyo time" for a visitor on Tokyo's. */
function BroadcastCell({ episode, zone }: { episode: RunEpisode; zone: string | null }) {
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
function StreamCell({ episode, zone }: { episode: RunEpisode; zone: string | null }) {
  return (
    <>
      {zone === null ? (
        <ZonedTime iso={episode.crunchyroll.available} zone={episode.zone} />
      ) : (
        <VisitorTime instantMs={Date.parse(episode.crunchyroll.available)} zone={zone} />
      )}
      <span className="block text-ink-muted">
        {episode.crunchyroll.basis === 'reported' ? 'reported' : 'expected'}
      </span>
    </>
  );
}

/** The day and, under it, the time of `iso` on the clock of `zone`. */
export function ZonedTime({ iso, zone }: { iso: string; zone: string }) {
  const parts = zonedParts(Date.parse(iso), zone);
  return (
    <time dateTime={iso}>
      {formatWeekdayDay(parts)}
      <span className="block">{formatClock(parts)}</span>
    </time>
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

/** The slots of the guide, by name: what each shows for one episode (or for the whole guide). */
export type SlotName =
  | 'zone'
  | 'stream-zone'
  | 'status-heading'
  | 'zone-note'
  | 'title'
  | 'phone-status'
  | 'broadcast'
  | 'stream'
  | 'status';

/** What a slot holds, given what is `known`; `title` comes from the spoiler feature (the app composes it). */
export function SlotContent({
  show,
  slot,
  episode: episodeNumber,
  known,
  title,
}: {
  show: Show;
  slot: SlotName;
  episode: number;
  known: Known;
  title: (episodeNumber: number) => ReactNode;
}) {
  const { zone, nextIndex } = known;
  switch (slot) {
    case 'zone':
      return zone === null ? (
        <UntilScriptRuns {...SHORT_STAND_IN} />
      ) : (
        <BreakableZone zone={zone} />
      );
    case 'stream-zone':
      return zone === null ? 'Tokyo time' : 'your time';
    case 'status-heading':
      // Until the browser knows the time: why the status cells are empty.
      return nextIndex === null ? (
        <span className="block font-normal text-ink-muted">
          <UntilScriptRuns {...SHORT_STAND_IN} />
        </span>
      ) : null;
    case 'zone-note':
      // On a phone, where the headings are not shown: whose clock the times are on.
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
    case 'title':
      return title(episodeNumber);
  }
  const episode = show.run?.episodes.find((each) => each.number === episodeNumber);
  if (!episode) throw new Error(`The run has no episode ${episodeNumber}.`);
  const status = statusWord(episode.number - 1, nextIndex);
  switch (slot) {
    case 'phone-status':
      // On a phone, where the status column is not shown.
      return status ? `${status}. ` : '';
    case 'status':
      return status ?? '\u00a0';
    case 'broadcast':
      return <BroadcastCell episode={episode} zone={zone} />;
    case 'stream':
      return <StreamCell episode={episode} zone={zone} />;
  }
}

/**
 * The zone and the next broadcast, read once for every slot: one clock listener for the guide,
 * not one per cell. Null for each in the build's HTML.
 */
export function useKnown(show: Show): Known {
  const zone = useVisitorZone();
  const broadcasts = show.run ? episodeReleases(show.run, 'tv') : [];
  const nextIndex = useClock((nowMs) => nextReleaseIndex(broadcasts, nowMs));
  return { zone, nextIndex };
}

/**
 * The guide's island: renders nothing of its own, and every slot of the guide through a portal.
 * The slots are taken over in the island's one render, a transition (src/main.tsx), so React
 * renders the 66 of them in slices the browser can interrupt, and the island is live only once
 * they are filled in. The build's HTML, which has no browser values, renders none.
 */
export function GuideLive({
  show,
  title,
}: {
  show: Show;
  title: (episodeNumber: number) => ReactNode;
}) {
  const known = useKnown(show);
  return useLive() && <LiveSlots show={show} known={known} title={title} />;
}

interface Slot {
  element: HTMLElement;
  /** What the build wrote into it, removed once React's content is in. */
  standIns: ChildNode[];
}

/** The guide's slots in the build's HTML, as they are before React fills them. */
function takeSlots(): Slot[] {
  return (
    [...document.querySelectorAll<HTMLElement>('[data-slot]')]
      // Only the build's HTML: where the whole page is one React tree (the dev server, component
      // tests), the slots are React's already, rendered live by the guide itself.
      .filter((element) => !Object.keys(element).some((key) => key.startsWith('__react')))
      .map((element) => ({ element, standIns: [...element.childNodes] }))
  );
}

function LiveSlots({
  show,
  known,
  title,
}: {
  show: Show;
  known: Known;
  title: (episodeNumber: number) => ReactNode;
}) {
  const [slots] = useState(takeSlots);
  useLayoutEffect(() => {
    // In the commit that brought React's content, before the browser paints: the stand-ins and
    // the live content never both show.
    for (const slot of slots) for (const node of slot.standIns) node.remove();
  }, [slots]);
  return slots.map(({ element }, index) =>
    createPortal(
      <SlotContent
        show={show}
        slot={element.dataset.slot as SlotName}
        episode={Number(element.dataset.episode ?? 0)}
        known={known}
        title={title}
      />,
      element,
      index,
    ),
  );
}
