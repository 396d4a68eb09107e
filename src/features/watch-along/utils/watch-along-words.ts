import type { Show } from '../../../data/show-types.ts';
import { lengthOfEpisodes, runtimeOnRecord } from '../../../data/episode-length.ts';
import type { WatchAlong } from './watch-link.ts';

/** "Episode 5", "Episodes 5–6": numbers only, never a title (titles past the horizon spoil). */
export function episodesLabel({ firstEpisode, lastEpisode }: WatchAlong): string {
  return firstEpisode === lastEpisode
    ? `Episode ${firstEpisode}`
    : `Episodes ${firstEpisode}–${lastEpisode}`;
}

export type WatchAlongPhase =
  { kind: 'before' } | { kind: 'on'; minutesIn: number } | { kind: 'ended' };

/** Where the watch-along stands at `nowMs`; never a negative time. */
export function phaseAt(startMs: number, lengthSeconds: number, nowMs: number): WatchAlongPhase {
  if (nowMs < startMs) return { kind: 'before' };
  if (nowMs < startMs + lengthSeconds * 1000) {
    return { kind: 'on', minutesIn: Math.floor((nowMs - startMs) / 60_000) };
  }
  return { kind: 'ended' };
}

/** The phase as a primitive for useClock, so the card re-renders only when its words change. */
export function phaseKey(phase: WatchAlongPhase): string {
  return phase.kind === 'on' ? `on:${phase.minutesIn}` : phase.kind;
}

export function parsePhaseKey(key: string): WatchAlongPhase {
  if (key === 'before' || key === 'ended') return { kind: key };
  return { kind: 'on', minutesIn: Number(key.slice(3)) };
}

/** How long the watch-along lasts, from the runtime on record; 0 where none is known. */
export function watchAlongSeconds(show: Show, watchAlong: WatchAlong): number {
  const runtime = runtimeOnRecord(show.run);
  const episodes = watchAlong.lastEpisode - watchAlong.firstEpisode + 1;
  return runtime ? lengthOfEpisodes(runtime, episodes).durationSeconds : 0;
}
