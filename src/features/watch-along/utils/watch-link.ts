/*
 * Reading and writing the watch-along link (its format: lib/watch-link.ts), with what was wrong
 * with it and a name fit to show.
 */
import { EPISODES_PARAM, WATCH_PARAM } from '../../../lib/watch-link.ts';

export const NAME_PARAM = 'name';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/;
const EPISODES = /^(\d{1,3})(?:-(\d{1,3}))?$/;

/** An instant the format can state: UTC, to the second, as "2026-12-12T03:00Z". */
function readInstant(given: string): number | undefined {
  if (!INSTANT.test(given)) return undefined;
  const full = given.length === 17 ? `${given.slice(0, 16)}:00Z` : given;
  const ms = Date.parse(full);
  // 31 February or hour 24 would roll over into another day: a real time survives the round trip.
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString() === full.replace('Z', '.000Z') ? ms : undefined;
}

/** "5-6" → [5, 6], "5" → [5, 5]; undefined for anything else. */
function readEpisodes(given: string): [first: number, last: number] | undefined {
  const match = EPISODES.exec(given);
  if (!match) return undefined;
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

/** "2026-12-12T03:00Z", or with seconds where there are any. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, iso.endsWith(':00.000Z') ? 16 : 19)}Z`;
}

/** Longest name shown, in characters as a reader counts them (grapheme clusters). */
export const NAME_MAX_LENGTH = 80;

export interface WatchAlong {
  /** When the group starts watching; whole seconds. */
  startMs: number;
  firstEpisode: number;
  lastEpisode: number;
  /** Already clean (see cleanName); absent when the link has none. */
  name?: string;
}

/** What can be wrong with a link; the watch-along feature words each for the visitor. */
export type WatchLinkProblem =
  | { kind: 'time' | 'episodes-missing' | 'episodes-unreadable' }
  | { kind: 'episodes-outside'; episodeCount: number }
  | { kind: 'episodes-backwards'; firstEpisode: number; lastEpisode: number }
  | { kind: 'name-markup' | 'name-hidden-characters' }
  | { kind: 'name-long'; maxLength: number };

export interface WatchLinkReading {
  /** Absent when the link cannot be used at all. */
  watchAlong?: WatchAlong;
  /** What was wrong with the link. */
  problems: WatchLinkProblem[];
}

// C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates (plus the
// invisible direction marks): any of them can make a name read differently from what it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Half of a surrogate pair cannot be written into a link (encodeURIComponent throws on it).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MARKUP = /<\/?[a-z!?/]|&#?\w+;/i;

/** Splits a string into what a reader counts as characters, where the browser can. */
function characters(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    return Array.from(
      new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text),
      ({ segment }) => segment,
    );
  }
  return Array.from(text);
}

/**
 * A name fit to show: invisible controls and direction overrides removed, white space
 * collapsed, at most NAME_MAX_LENGTH characters. Says what it had to change.
 */
export function cleanName(given: string): { name?: string; problems: WatchLinkProblem[] } {
  const problems: WatchLinkProblem[] = [];
  const spaced = given.replace(/[\t\n\r]/g, ' ');
  const visible = spaced.replace(INVISIBLE, '').replace(LONE_SURROGATE, '');
  if (visible !== spaced) {
    problems.push({ kind: 'name-hidden-characters' });
  }
  const collapsed = visible.replace(/\s+/g, ' ').trim();
  if (MARKUP.test(collapsed)) {
    return { problems: [{ kind: 'name-markup' }] };
  }
  const chars = characters(collapsed);
  let name = collapsed;
  if (chars.length > NAME_MAX_LENGTH) {
    name = chars.slice(0, NAME_MAX_LENGTH).join('').trimEnd();
    problems.push({ kind: 'name-long', maxLength: NAME_MAX_LENGTH });
  }
  return name ? { name, problems } : { problems };
}

/**
 * Reads a watch-along from a page address's search string. Null where the address has no
 * `watch` parameter (no watch-along was linked); otherwise the watch-along, if it can be used,
 * and what was wrong. Never throws.
 */
export function readWatchLink(search: string, episodeCount: number): WatchLinkReading | null {
  const params = new URLSearchParams(search);
  const watch = params.get(WATCH_PARAM);
  if (watch === null) return null;

  const startMs = readInstant(watch.trim());
  if (startMs === undefined) {
    return { problems: [{ kind: 'time' }] };
  }
  const episodes = params.get(EPISODES_PARAM);
  const range = episodes === null ? undefined : readEpisodes(episodes.trim());
  if (!range) {
    return { problems: [{ kind: episodes === null ? 'episodes-missing' : 'episodes-unreadable' }] };
  }
  const [firstEpisode, lastEpisode] = range;
  if (firstEpisode < 1 || lastEpisode > episodeCount || firstEpisode > episodeCount) {
    return { problems: [{ kind: 'episodes-outside', episodeCount }] };
  }
  if (lastEpisode < firstEpisode) {
    return { problems: [{ kind: 'episodes-backwards', firstEpisode, lastEpisode }] };
  }

  const given = params.get(NAME_PARAM);
  const { name, problems } = given === null ? { problems: [] } : cleanName(given);
  return {
    watchAlong: { startMs, firstEpisode, lastEpisode, ...(name ? { name } : {}) },
    problems,
  };
}

/** The link's search string, e.g. "?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night". */
export function formatWatchLink({ startMs, firstEpisode, lastEpisode, name }: WatchAlong): string {
  const episodes =
    firstEpisode === lastEpisode ? String(firstEpisode) : `${firstEpisode}-${lastEpisode}`;
  const named = name ? `&${NAME_PARAM}=${encodeURIComponent(name)}` : '';
  return `?${WATCH_PARAM}=${formatInstant(startMs)}&${EPISODES_PARAM}=${episodes}${named}`;
}
