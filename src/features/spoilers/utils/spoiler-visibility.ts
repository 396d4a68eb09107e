import { SPOILER_LEVELS, type SpoilerLevel } from '../../../data/synopsis-types.ts';

/** Which levels of the story the visitor has chosen to see. */
export type SpoilerVisibility = Readonly<Record<SpoilerLevel, boolean>>;

/**
 * The localStorage key and the `?spoilers=` parameter. public/boot.js reads both before first
 * paint, so a change to either, or to the stored format, has to be made there too.
 */
export const SPOILER_STORAGE_KEY = 'metallic-rouge:spoilers';
export const SPOILER_URL_PARAM = 'spoilers';

export const ALL_HIDDEN: SpoilerVisibility = allLevels(false);
export const ALL_SHOWN: SpoilerVisibility = allLevels(true);

function allLevels(shown: boolean): SpoilerVisibility {
  return Object.fromEntries(SPOILER_LEVELS.map((level) => [level, shown])) as Record<
    SpoilerLevel,
    boolean
  >;
}

function isSpoilerLevel(value: string): value is SpoilerLevel {
  return (SPOILER_LEVELS as readonly string[]).includes(value);
}

/**
 * Stored as the shown levels separated by spaces ("premise episode-1"): the same value boot.js
 * copies onto <html data-spoilers>, so CSS can match `~=` on it. Anything unknown means hidden.
 */
export function parseVisibility(stored: string | null): SpoilerVisibility {
  if (!stored) return ALL_HIDDEN;
  const shown = new Set(stored.split(/\s+/).filter(isSpoilerLevel));
  return Object.fromEntries(SPOILER_LEVELS.map((level) => [level, shown.has(level)])) as Record<
    SpoilerLevel,
    boolean
  >;
}

export function serializeVisibility(visibility: SpoilerVisibility): string {
  return SPOILER_LEVELS.filter((level) => visibility[level]).join(' ');
}

/** A shared link can say `?spoilers=show` or `?spoilers=hide`; anything else is no override. */
export function parseSpoilerLink(given: string): SpoilerVisibility | undefined {
  if (given === 'show') return ALL_SHOWN;
  if (given === 'hide') return ALL_HIDDEN;
  return undefined;
}

export function withLevel(
  visibility: SpoilerVisibility,
  level: SpoilerLevel,
  shown: boolean,
): SpoilerVisibility {
  return { ...visibility, [level]: shown };
}

export function isAllShown(visibility: SpoilerVisibility): boolean {
  return SPOILER_LEVELS.every((level) => visibility[level]);
}
