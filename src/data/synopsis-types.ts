/** The story, kept apart from the show so it is only ever downloaded after consent. */

/** Levels from mild to strong; the order is the order of the gates on the page. */
export const SPOILER_LEVELS = ['premise', 'episode-1'] as const;
export type SpoilerLevel = (typeof SPOILER_LEVELS)[number];

export interface SynopsisPart {
  level: SpoilerLevel;
  heading: string;
  paragraphs: string[];
  /** Ids into the show's `sources`. */
  sourceIds: string[];
  /** Where sources disagree on a detail, said openly. */
  note?: string;
}
