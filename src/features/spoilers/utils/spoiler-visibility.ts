import { SPOILER_LEVELS, type SpoilerLevel } from '../../../data/synopsis-types.ts';

/**
 * What the visitor has chosen to see: each level of the story, and `all`, the show-all switch.
 * `all` is its own choice, not "every level is open": it also reveals every episode past the
 * horizon, so opening the two story levels one by one must not turn it on.
 */
const CHOICES = [...SPOILER_LEVELS, 'all'] as const;
type SpoilerChoice = (typeof CHOICES)[number];
export type SpoilerVisibility = Readonly<Record<SpoilerChoice, boolean>>;

/**
 * The localStorage key and the `?spoilers=` parameter. public/boot.js reads both before first
 * paint, so a change to either, or to the stored format, has to be made there too.
 */
export const SPOILER_STORAGE_KEY = 'metallic-rouge:spoilers';
export const SPOILER_URL_PARAM = 'spoilers';

export const ALL_HIDDEN: SpoilerVisibility = choices(() => false);
export const ALL_SHOWN: SpoilerVisibility = choices(() => true);

function choices(isShown: (choice: SpoilerChoice) => boolean): SpoilerVisibility {
  return Object.fromEntries(
    CHOICES.map((choice) => [choice, isShown(choice)]),
  ) as SpoilerVisibility;
}

/**
 * Stored as the shown choices separated by spaces ("premise episode-1 all"): the same value
 * boot.js copies onto <html data-spoilers>, so CSS can match `~=` on it. Anything unknown means
 * hidden.
 */
export function parseVisibility(stored: string | null): SpoilerVisibility {
  if (!stored) return ALL_HIDDEN;
  const shown = new Set(stored.split(/\s+/));
  return choices((choice) => shown.has(choice));
}

export function serializeVisibility(visibility: SpoilerVisibility): string {
  return CHOICES.filter((choice) => visibility[choice]).join(' ');
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
  // Hiding any part means the visitor no longer wants everything.
  return { ...visibility, [level]: shown, all: visibility.all && shown };
}

/** The show-all switch: every level, and every episode whatever the horizon. */
export function isAllShown(visibility: SpoilerVisibility): boolean {
  return visibility.all;
}
