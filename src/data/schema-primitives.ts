import * as v from 'valibot';

/*
 * The building blocks every data schema shares (the show, the broadcast run, the story), so a
 * date or a source is checked the same way wherever it appears.
 */

export const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** `2023`, `2023-07` or `2023-12-07`, and a real calendar date. */
export const partialIsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealPartialDate, 'must be a real calendar date'),
);

/** Instants are stored in UTC only; a local string would be read differently in every zone. */
export const utcInstant = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/,
    'must be a UTC instant in ISO 8601 ending in Z',
  ),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real instant'),
);

export const ianaZone = v.pipe(
  v.string(),
  v.check(isKnownTimeZone, 'must be an IANA time zone such as Asia/Tokyo'),
);

/** Anything the page states carries the ids of the sources that report it. */
export const sourceIds = v.pipe(v.array(text), v.minLength(1, 'must name at least one source'));

export const sourceSchema = v.object({
  id: text,
  publication: text,
  title: text,
  /** As precise as known: `2023`, `2023-07` or `2023-12-07`. */
  date: partialIsoDate,
  /** Absent where the fact sheet gives no address; the page then cites without a link. */
  url: v.optional(v.pipe(v.string(), v.url('must be an absolute URL'))),
});

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
