/*
 * The watch-along link, a public format that must keep working once shared:
 *   ?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night
 * `watch` is a UTC instant (YYYY-MM-DDTHH:MMZ, or with :SS), `episodes` one episode or a range
 * "first-last" within the run, `name` optional. What the spoiler horizon needs of it lives here,
 * small; the whole reading (the name, what was wrong) is the watch-along feature's
 * (features/watch-along/utils/watch-link.ts). public/boot.js reads it the same way.
 */

export const WATCH_PARAM = 'watch';
export const EPISODES_PARAM = 'episodes';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/;
const EPISODES = /^(\d{1,3})(?:-(\d{1,3}))?$/;

/** An instant the format can state: UTC, to the second, as "2026-12-12T03:00Z". */
export function readInstant(given: string): number | undefined {
  if (!INSTANT.test(given)) return undefined;
  const full = given.length === 17 ? `${given.slice(0, 16)}:00Z` : given;
  const ms = Date.parse(full);
  // 31 February or hour 24 would roll over into another day: a real time survives the round trip.
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString() === full.replace('Z', '.000Z') ? ms : undefined;
}

/** "5-6" → [5, 6], "5" → [5, 5]; undefined for anything else. */
export function readEpisodes(given: string): [first: number, last: number] | undefined {
  const match = EPISODES.exec(given);
  if (!match) return undefined;
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

/**
 * The horizon a usable watch-along link gives the visit: every episode before the first one
 * watched. Undefined where the address has no usable link.
 */
export function linkedHorizon(search: string, episodeCount: number): number | undefined {
  const params = new URLSearchParams(search);
  const episodes = readEpisodes(params.get(EPISODES_PARAM)?.trim() ?? '');
  if (readInstant(params.get(WATCH_PARAM)?.trim() ?? '') === undefined || !episodes) return;
  const [first, last] = episodes;
  return first >= 1 && first <= last && last <= episodeCount ? first - 1 : undefined;
}
