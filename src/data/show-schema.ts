import * as v from 'valibot';
import { broadcastRunSchema } from './episode-schema.ts';
import {
  ianaZone,
  partialIsoDate,
  sourceIds,
  sourceSchema,
  text,
  utcInstant,
} from './schema-primitives.ts';
import { DATE_PRECISIONS, STAFF_ROLES } from './show-constants.ts';

/*
 * The one description of a show's shape: show-types.ts infers every type from these schemas, so
 * a field cannot exist in one and not the other. The schemas run when a module is loaded (inside
 * the lazily loaded data chunk, so valibot's few KiB never weigh on the first paint).
 */

/** A name in its own script; `confirmed` is false where Japanese credits could not be checked. */
export const nativeNameSchema = v.object({ text, lang: text, confirmed: v.boolean() });

/**
 * A release moment known to some precision. `start` is the earliest instant it can be; with
 * `minute` precision it is the exact instant. Calendar words such as "January 2024" are read in
 * `zone`, the zone the date was announced in.
 */
export const releaseDateSchema = v.object({
  precision: v.picklist(DATE_PRECISIONS, `must be one of ${DATE_PRECISIONS.join(', ')}`),
  start: utcInstant,
  zone: ianaZone,
  sourceIds,
});

const channelSchema = v.object({ name: text, note: v.optional(text), sourceIds });

export const premiereSchema = v.object({
  ...releaseDateSchema.entries,
  /** What premieres where, e.g. "Japanese TV premiere on Fuji TV’s +Ultra". */
  label: text,
  /** The broadcaster's late-night notation (a day and an hour past 24), where one was used. */
  lateNightNotation: v.optional(
    v.object({
      day: partialIsoDate,
      time: v.pipe(v.string(), v.regex(/^(2[4-9]|[01]\d):[0-5]\d$/, 'must be HH:MM')),
    }),
  ),
});

/** One step in how the release date became known. */
export const announcementSchema = v.object({
  id: text,
  announced: partialIsoDate,
  /** Last day, for an announcement spread over several days (a convention). */
  announcedUntil: v.optional(partialIsoDate),
  /** What became known, in the project's own words. */
  summary: text,
  /** The release date as known after this step. */
  release: releaseDateSchema,
  sourceIds,
});

export const staffMemberSchema = v.object({
  id: text,
  name: text,
  nativeName: v.optional(nativeNameSchema),
  roles: v.pipe(
    v.array(v.picklist(STAFF_ROLES, `must be one of ${STAFF_ROLES.join(', ')}`)),
    v.minLength(1, 'must name at least one role'),
  ),
  /** Extra detail about the role, e.g. co-composers or animation direction. */
  roleNote: v.optional(text),
  knownFor: v.array(text),
  /** Where a widely read report got this person wrong, what is right instead. */
  correction: v.optional(text),
  sourceIds,
});

export const castMemberSchema = v.object({
  id: text,
  character: v.object({
    name: text,
    /** Other spellings used in announcements, e.g. "Rouge Redmaster". */
    announcedAs: v.array(text),
  }),
  voice: v.object({
    name: text,
    nativeName: v.optional(nativeNameSchema),
    knownFor: v.array(text),
  }),
  sourceIds,
});

export const showSchema = v.object({
  id: text,
  title: v.object({ english: text, native: nativeNameSchema, sourceIds }),
  /** One non-spoiler line: the setting, as the page may state it openly. */
  tagline: text,
  format: v.object({ kind: text, genres: v.array(text), sourceIds }),
  studio: v.object({ name: text, note: v.optional(text), knownFor: v.array(text), sourceIds }),
  broadcast: v.object({ japan: v.array(channelSchema), streaming: v.array(channelSchema) }),
  themeSongs: v.array(
    v.object({ kind: v.picklist(['Opening', 'Ending']), title: text, artist: text, sourceIds }),
  ),
  premiere: premiereSchema,
  timeline: v.array(announcementSchema),
  staff: v.array(staffMemberSchema),
  /** Shown once above the cast list, e.g. that English spellings are not final. */
  castNote: v.optional(text),
  cast: v.array(castMemberSchema),
  /**
   * The weeks on air, once known: dates, slots and streaming times. Episode titles are not
   * here: they are spoilers, kept in per-episode modules behind the spoiler horizon.
   */
  run: v.optional(broadcastRunSchema),
  sources: v.array(sourceSchema),
});
