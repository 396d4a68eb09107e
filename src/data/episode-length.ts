import type { BroadcastRun } from './show-types.ts';

/** The one running time a source gives for an episode of the run. */
export interface RuntimeOnRecord {
  /** As the source gives it: 1370 (22 min 50 s). */
  seconds: number;
  episodeNumber: number;
  sourceIds: string[];
}

/** The first episode whose running time a source records, or undefined where none does. */
export function runtimeOnRecord(run: BroadcastRun | undefined): RuntimeOnRecord | undefined {
  const timed = run?.episodes.find((episode) => episode.crunchyroll.runtimeSeconds !== undefined);
  const seconds = timed?.crunchyroll.runtimeSeconds;
  if (!timed || seconds === undefined) return undefined;
  return { seconds, episodeNumber: timed.number, sourceIds: timed.crunchyroll.sourceIds };
}

/** "22 min 50 s", "23 min" */
export function formatRuntime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/**
 * How long `episodes` episodes take, at the runtime on record rounded up to a whole minute per
 * episode (so a calendar never ends one before the credits), and a line that says so.
 */
export function lengthOfEpisodes(
  runtime: RuntimeOnRecord,
  episodes: number,
): { durationSeconds: number; note: string } {
  const perEpisode = Math.ceil(runtime.seconds / 60) * 60;
  const total = perEpisode * episodes;
  const basis = `the only running time on record, ${formatRuntime(runtime.seconds)} for episode ${runtime.episodeNumber} in Crunchyroll's own data, rounded up to the minute. No source gives the length of the other episodes.`;
  const note =
    episodes === 1
      ? `Length: ${formatRuntime(total)}, taken from ${basis}`
      : `Length: ${formatRuntime(total)} for ${episodes} episodes, ${formatRuntime(perEpisode)} each, taken from ${basis}`;
  return { durationSeconds: total, note };
}
