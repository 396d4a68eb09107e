import type { BroadcastRun, RunEpisode } from '../../../data/show-types.ts';

/** What the countdown counts to: the TV broadcast in Japan, or Crunchyroll's release. */
export type CountTo = 'tv' | 'crunchyroll';

/** One episode's release as the visitor chose to follow it. */
export interface EpisodeRelease {
  episode: RunEpisode;
  startMs: number;
  /** True where no source reports this time: it follows the pattern of the ones that do. */
  expected: boolean;
}

export function episodeReleases(run: BroadcastRun, countTo: CountTo): EpisodeRelease[] {
  return run.episodes.map((episode) =>
    countTo === 'tv'
      ? { episode, startMs: Date.parse(episode.broadcast), expected: false }
      : {
          episode,
          startMs: Date.parse(episode.crunchyroll.available),
          expected: episode.crunchyroll.basis === 'expected',
        },
  );
}

/**
 * Index of the next release still to come at `nowMs`; `releases.length` once all have come.
 * A release counts as come at its very instant, so the countdown never shows a negative time:
 * at zero it moves straight on to the next episode.
 */
export function nextReleaseIndex(releases: readonly EpisodeRelease[], nowMs: number): number {
  const index = releases.findIndex((release) => release.startMs > nowMs);
  return index === -1 ? releases.length : index;
}
