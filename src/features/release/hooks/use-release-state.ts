import type { Show } from '../../../data/show-types.ts';
import { useClock } from '../../../lib/clock.ts';
import { releaseWindow, type ReleaseWindow } from '../utils/release-window.ts';
import {
  episodeReleases,
  nextReleaseIndex,
  type CountTo,
  type EpisodeRelease,
} from '../utils/run-schedule.ts';

/** What the release card is about at this moment. */
export type ReleaseState =
  | { kind: 'premiere'; phase: ReleasePhase; timing: ReleaseWindow }
  | { kind: 'episode'; release: EpisodeRelease; total: number }
  | { kind: 'finished'; total: number };

/**
 * The premiere until it has come, then the next episode, then the finished run. The clock is
 * read as one small key (the premiere's phase, or the next release's index), so the card
 * re-renders only when the state itself changes, never on the ticks in between. Null in the
 * build's HTML.
 */
export function useReleaseState(show: Show, countTo: CountTo): ReleaseState | null {
  const timing = releaseWindow(show.premiere);
  const releases = show.run ? episodeReleases(show.run, countTo) : [];
  const key = useClock<ReleasePhase | number>((nowMs) => {
    const index = nextReleaseIndex(releases, nowMs);
    // The first episode on TV is the premiere, counted with the premiere's own precision.
    if (releases.length === 0 || (index === 0 && countTo === 'tv')) {
      return releasePhase(timing, nowMs);
    }
    return index;
  });
  if (key === null) return null;
  if (typeof key === 'string') return { kind: 'premiere', phase: key, timing };
  const release = releases[key];
  return release
    ? { kind: 'episode', release, total: releases.length }
    : { kind: 'finished', total: releases.length };
}

/** Before the window, inside it (dates known only roughly), or after it. */
export type ReleasePhase = 'before' | 'within' | 'after';

function releasePhase(timing: ReleaseWindow, nowMs: number): ReleasePhase {
  if (nowMs < timing.startMs) return 'before';
  return nowMs < timing.endMs ? 'within' : 'after';
}
