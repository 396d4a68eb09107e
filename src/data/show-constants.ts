/**
 * Fixed vocabularies of the show data. Kept apart from the schema so the page can use them
 * without loading the validator.
 */

/** How precisely a date is known. Ordered from vaguest to most exact. */
export const DATE_PRECISIONS = ['year', 'season', 'month', 'day', 'minute'] as const;

/** Roles in the order the credits list them. */
export const STAFF_ROLES = [
  'Chief Director',
  'Director',
  'Series Composition',
  'Screenplay',
  'Character Design',
  'Music',
  'Producer',
] as const;
