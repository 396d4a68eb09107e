/**
 * The shape of everything the page says about a show. Every fact names the sources it comes
 * from by id, so the page can always show where it was reported.
 */

/** How precisely a date is known. Ordered from vaguest to most exact. */
export const DATE_PRECISIONS = ['year', 'season', 'month', 'day', 'minute'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

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
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface Source {
  id: string;
  publication: string;
  title: string;
  /** ISO 8601 calendar date, as precise as known: `2023`, `2023-07` or `2023-12-07`. */
  date: string;
  /** Absent where the fact sheet gives no address; the page then cites without a link. */
  url?: string;
}

/** Anything the page states carries the ids of the sources that report it. */
export interface Cited {
  sourceIds: string[];
}

/**
 * A release moment known to some precision. `start` is the earliest instant it can be, in UTC
 * (ISO 8601 with `Z`); with `minute` precision it is the exact instant. Calendar words such as
 * "January 2024" are read in `zone`, the zone the date was announced in.
 */
export interface ReleaseDate extends Cited {
  precision: DatePrecision;
  start: string;
  zone: string;
}

export interface Premiere extends ReleaseDate {
  /** What premieres where, e.g. "Japanese TV premiere on Fuji TV's +Ultra". */
  label: string;
  /** The broadcaster's late-night notation (a day and an hour past 24), where one was used. */
  lateNightNotation?: { day: string; time: string };
}

/** One step in how the release date became known. */
export interface Announcement extends Cited {
  id: string;
  /** When it was announced: ISO date as precise as known (`2023-07`, `2023-03-22`). */
  announced: string;
  /** Last day, for an announcement spread over several days (a convention). */
  announcedUntil?: string;
  /** What became known, in the project's own words. */
  summary: string;
  /** The release date as known after this step. */
  release: ReleaseDate;
}

export interface NativeName {
  text: string;
  /** BCP 47 language tag of `text`. */
  lang: string;
  /** False where the spelling could not be checked against Japanese credits. */
  confirmed: boolean;
}

export interface StaffMember extends Cited {
  id: string;
  name: string;
  nativeName?: NativeName;
  roles: StaffRole[];
  /** Extra detail about the role, e.g. co-composers or animation direction. */
  roleNote?: string;
  knownFor: string[];
  /** Where a widely read report got this person wrong, what is right instead. */
  correction?: string;
}

export interface CastMember extends Cited {
  id: string;
  character: {
    name: string;
    /** Other spellings used in announcements, e.g. "Rouge Redmaster". */
    announcedAs: string[];
  };
  voice: {
    name: string;
    nativeName?: NativeName;
    knownFor: string[];
  };
}

export interface Channel extends Cited {
  name: string;
  note?: string;
}

export interface ThemeSong extends Cited {
  kind: 'Opening' | 'Ending';
  title: string;
  artist: string;
}

export interface Show {
  id: string;
  title: { english: string; native: NativeName } & Cited;
  /** One non-spoiler line: the setting, as the page may state it openly. */
  tagline: string;
  format: { kind: string; genres: string[] } & Cited;
  studio: {
    name: string;
    note?: string;
    knownFor: string[];
  } & Cited;
  broadcast: {
    japan: Channel[];
    streaming: Channel[];
  };
  themeSongs: ThemeSong[];
  premiere: Premiere;
  timeline: Announcement[];
  staff: StaffMember[];
  cast: CastMember[];
  /** Shown once above the cast list, e.g. that English spellings are not final. */
  castNote?: string;
  sources: Source[];
}
