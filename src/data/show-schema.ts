import * as v from 'valibot';
import { DATE_PRECISIONS, STAFF_ROLES, type Show } from './show-types.ts';

/*
 * The schema that every show module must satisfy. It runs when the module is loaded (inside the
 * lazily loaded data chunk, so valibot's few KiB never weigh on the first paint).
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** `2023`, `2023-07` or `2023-12-07`, and a real calendar date. */
const partialIsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealPartialDate, 'must be a real calendar date'),
);

/** Instants are stored in UTC only; a local string would be read differently in every zone. */
const utcInstant = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/,
    'must be a UTC instant in ISO 8601 ending in Z',
  ),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real instant'),
);

const ianaZone = v.pipe(
  v.string(),
  v.check(isKnownTimeZone, 'must be an IANA time zone such as Asia/Tokyo'),
);

const sourceIds = v.pipe(v.array(text), v.minLength(1, 'must name at least one source'));

const nativeName = v.object({ text, lang: text, confirmed: v.boolean() });

const releaseDate = v.object({
  precision: v.picklist(DATE_PRECISIONS, `must be one of ${DATE_PRECISIONS.join(', ')}`),
  start: utcInstant,
  zone: ianaZone,
  sourceIds,
});

const channel = v.object({ name: text, note: v.optional(text), sourceIds });

export const showSchema = v.object({
  id: text,
  title: v.object({ english: text, native: nativeName, sourceIds }),
  tagline: text,
  format: v.object({ kind: text, genres: v.array(text), sourceIds }),
  studio: v.object({ name: text, note: v.optional(text), knownFor: v.array(text), sourceIds }),
  broadcast: v.object({ japan: v.array(channel), streaming: v.array(channel) }),
  themeSongs: v.array(
    v.object({ kind: v.picklist(['Opening', 'Ending']), title: text, artist: text, sourceIds }),
  ),
  premiere: v.object({
    ...releaseDate.entries,
    label: text,
    lateNightNotation: v.optional(
      v.object({
        day: partialIsoDate,
        time: v.pipe(v.string(), v.regex(/^(2[4-9]|[01]\d):[0-5]\d$/, 'must be HH:MM')),
      }),
    ),
  }),
  timeline: v.array(
    v.object({
      id: text,
      announced: partialIsoDate,
      announcedUntil: v.optional(partialIsoDate),
      summary: text,
      release: releaseDate,
      sourceIds,
    }),
  ),
  staff: v.array(
    v.object({
      id: text,
      name: text,
      nativeName: v.optional(nativeName),
      roles: v.pipe(
        v.array(v.picklist(STAFF_ROLES, `must be one of ${STAFF_ROLES.join(', ')}`)),
        v.minLength(1, 'must name at least one role'),
      ),
      roleNote: v.optional(text),
      knownFor: v.array(text),
      correction: v.optional(text),
      sourceIds,
    }),
  ),
  castNote: v.optional(text),
  cast: v.array(
    v.object({
      id: text,
      character: v.object({ name: text, announcedAs: v.array(text) }),
      voice: v.object({ name: text, nativeName: v.optional(nativeName), knownFor: v.array(text) }),
      sourceIds,
    }),
  ),
  sources: v.array(
    v.object({
      id: text,
      publication: text,
      title: text,
      date: partialIsoDate,
      url: v.optional(v.pipe(v.string(), v.url('must be an absolute URL'))),
    }),
  ),
});

// The hand-written types and the schema must describe the same thing.
type SchemaOutput = v.InferOutput<typeof showSchema>;
export type SchemaMatchesTypes = [
  SchemaOutput extends Show ? true : never,
  Show extends SchemaOutput ? true : never,
];

function isRealPartialDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}
