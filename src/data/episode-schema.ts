import * as v from 'valibot';
import { partialIsoDate, sourceIds, sourceSchema, text, utcInstant } from './schema-primitives.ts';

/*
 * Schemas for the broadcast run, in two parts kept apart on purpose:
 * - `broadcastRunSchema`: open data (dates, slots, stream times). Nothing in it may give the
 *   story away, not even an episode title, since titles name plot points.
 * - `episodeDetailSchema`: one gated module per episode (title, synopsis, staff, and the sources
 *   whose names or addresses contain the title).
 */

const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
type Weekday = (typeof WEEKDAYS)[number];
const weekday = v.picklist(WEEKDAYS, `must be one of ${WEEKDAYS.join(', ')}`);
const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));
/** Japanese TV lists late-night slots as hours past 24 on the previous day ("24:55"). */
const broadcastNotationTime = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2\d):[0-5]\d$/, 'must be HH:MM, hours up to 29'),
);
const tokyo = v.literal('Asia/Tokyo', 'must be Asia/Tokyo');
const episodeNumber = v.pipe(v.number(), v.integer(), v.minValue(1, 'must be 1 or more'));

export const correctionSchema = v.object({
  /** What a source got wrong, in the project's words. */
  claim: text,
  /** What is right instead. */
  correction: text,
  /** Absent where the wrong claim has no address to cite (e.g. an unnamed scraper). */
  claimSourceIds: v.optional(sourceIds),
  /** The sources for the correction. */
  sourceIds,
});

const weeklySlotSchema = v.pipe(
  v.object({
    channel: text,
    block: text,
    /** As the broadcaster lists it: "Wednesday 24:55". */
    listed: v.object({ weekday, time: broadcastNotationTime }),
    /** The same moment on the clock in `zone`: Thursday 00:55. */
    local: v.object({ weekday, time: clockTime }),
    zone: tokyo,
    note: text,
    sourceIds,
  }),
  checkAt(
    ['local', 'time'],
    (slot) => sameMomentOfWeek(slot.listed, slot.local),
    'must be the same moment of the week as the listed slot',
  ),
);

const japanStreamingSchema = v.object({
  services: v.pipe(v.array(text), v.minLength(1, 'must name at least one service')),
  weekly: v.object({ weekday, time: clockTime }),
  zone: tokyo,
  firstAvailable: utcInstant,
  /** A calendar date in `zone`. */
  otherServicesFrom: partialIsoDate,
  note: text,
  sourceIds,
});

const disagreementSchema = v.object({
  /** What the outlet printed, close to its own wording so a reader can find it. */
  printed: text,
  episodes: v.pipe(v.array(episodeNumber), v.minLength(1, 'must name at least one episode')),
  /** Why it cannot be right, or how it differs, in the project's words. */
  problem: text,
  sourceIds,
});

const crunchyrollSchema = v.object({
  /** Minutes after the Japanese broadcast. */
  delayMinutes: v.pipe(v.number(), v.integer(), v.minValue(1, 'must be after the broadcast')),
  summary: text,
  laterDubs: text,
  freeViewing: text,
  sourceIds,
  disagreements: v.array(disagreementSchema),
  /** The service's own page for the series, where a source gives its address. */
  seriesPage: v.optional(
    v.object({ url: v.pipe(v.string(), v.url('must be an absolute URL')), sourceIds }),
  ),
});

const runEpisodeSchema = v.pipe(
  v.object({
    number: episodeNumber,
    broadcast: utcInstant,
    zone: tokyo,
    /** `stated`: a source names that day. `slot`: it follows from the unbroken weekly slot. */
    dated: v.picklist(['stated', 'slot'], 'must be stated or slot'),
    datedSourceIds: sourceIds,
    datedNote: v.optional(text),
    crunchyroll: v.object({
      available: utcInstant,
      /** `reported`: a source gives this episode's time. `expected`: the pattern, unreported. */
      basis: v.picklist(['reported', 'expected'], 'must be reported or expected'),
      sourceIds,
      runtimeSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
  }),
  checkAt(
    ['crunchyroll', 'available'],
    (episode) => Date.parse(episode.crunchyroll.available) > Date.parse(episode.broadcast),
    'must be after the broadcast',
  ),
);

export const broadcastRunSchema = v.pipe(
  v.object({
    /** How many episodes the run had, as sources state it; `episodes` must list exactly these. */
    episodeCount: v.object({ value: episodeNumber, sourceIds }),
    weeklySlot: weeklySlotSchema,
    japanStreaming: japanStreamingSchema,
    crunchyroll: crunchyrollSchema,
    corrections: v.array(correctionSchema),
    episodes: v.pipe(v.array(runEpisodeSchema), v.rawCheck(checkEpisodeOrder)),
  }),
  checkAt(
    ['episodeCount', 'value'],
    (run) => run.episodes.length === run.episodeCount.value,
    'must equal the number of episodes listed',
  ),
);

const staffSchema = v.object({
  role: v.picklist(['Screenplay', 'Storyboard', 'Episode direction']),
  names: v.pipe(
    v.array(v.object({ native: text, latin: v.optional(text) })),
    v.minLength(1, 'must name at least one person'),
  ),
  sourceIds,
});

const synopsisSchema = v.variant('basis', [
  v.object({
    basis: v.picklist(['press', 'official', 'blog']),
    paragraphs: v.pipe(v.array(text), v.minLength(1, 'must have at least one paragraph')),
    sourceIds,
  }),
  v.object({
    basis: v.literal('none'),
    /** Why there is no synopsis; the page says so instead of inventing one. */
    reason: text,
    /** A press headline, where one was found: less than a synopsis, but sourced. */
    headline: v.optional(v.object({ text, sourceIds })),
  }),
]);

/** Spoiler data: only ever loaded behind the episode's gate. */
export const episodeDetailSchema = v.object({
  number: episodeNumber,
  title: v.object({
    english: text,
    /** As credited, with the act number: 第一幕「紅は暁に奏でる」. */
    japanese: v.pipe(
      text,
      v.regex(/^第[一二三四五六七八九十]+幕「[^「」]+」$/, 'must read 第N幕「…」'),
    ),
    /** Which of the two titles was found in one place only. */
    singleSource: v.array(v.picklist(['english', 'japanese'])),
    variants: v.array(v.object({ text, sourceIds })),
    sourceIds,
  }),
  synopsis: synopsisSchema,
  staff: v.optional(v.array(staffSchema)),
  /**
   * The episode's own sources. An entry with the id of an open source is that source's full
   * form (with the address the open entry leaves out) and replaces it once the gate is open.
   */
  sources: v.array(sourceSchema),
  corrections: v.optional(v.array(correctionSchema)),
});

export type EpisodeSource = v.InferOutput<typeof sourceSchema>;
export type Correction = v.InferOutput<typeof correctionSchema>;
export type Disagreement = v.InferOutput<typeof disagreementSchema>;
export type RunEpisode = v.InferOutput<typeof runEpisodeSchema>;
export type BroadcastRun = v.InferOutput<typeof broadcastRunSchema>;
export type EpisodeSynopsis = v.InferOutput<typeof synopsisSchema>;
export type EpisodeDetail = v.InferOutput<typeof episodeDetailSchema>;

type RunEpisodes = v.InferOutput<typeof runEpisodeSchema>[];

/** Numbers 1..count with no gap, and each broadcast strictly after the one before. */
function checkEpisodeOrder({ dataset, addIssue }: v.RawCheckContext<RunEpisodes>): void {
  if (!dataset.typed) return;
  const episodes = dataset.value;
  episodes.forEach((episode, index) => {
    if (episode.number !== index + 1) {
      addIssue({
        message: `must be ${index + 1}: episodes are numbered from 1 in order, without gaps`,
        input: episode.number,
        path: pathTo(episodes, [index, 'number']),
      });
    }
    const previous = episodes[index - 1];
    if (previous && Date.parse(episode.broadcast) <= Date.parse(previous.broadcast)) {
      addIssue({
        message: 'must be later than the broadcast of the episode before',
        input: episode.broadcast,
        path: pathTo(episodes, [index, 'broadcast']),
      });
    }
  });
}

/**
 * A check across fields of an object, reported at one field with that field's value (where
 * `v.forward` would report the whole object as the value found).
 */
function checkAt<TInput>(
  keys: [string, ...string[]],
  requirement: (input: TInput) => boolean,
  message: string,
): v.RawCheckAction<TInput> {
  return v.rawCheck<TInput>(({ dataset, addIssue }) => {
    if (!dataset.typed || requirement(dataset.value)) return;
    const path = pathTo(dataset.value, keys);
    addIssue({ message, input: path[path.length - 1]?.value, path });
  });
}

/** Valibot path items for `keys` below `root`, so an issue names e.g. `[4].number`. */
function pathTo(
  root: unknown,
  keys: [string | number, ...(string | number)[]],
): [v.UnknownPathItem, ...v.UnknownPathItem[]] {
  let input = root;
  const items = keys.map((key) => {
    const value: unknown =
      input !== null && typeof input === 'object'
        ? (input as Record<string | number, unknown>)[key]
        : undefined;
    const item: v.UnknownPathItem = { type: 'unknown', origin: 'value', input, key, value };
    input = value;
    return item;
  });
  return items as [v.UnknownPathItem, ...v.UnknownPathItem[]];
}

/** "Wednesday 24:55" and "Thursday 00:55" are the same moment of the week. */
function sameMomentOfWeek(
  a: { weekday: Weekday; time: string },
  b: { weekday: Weekday; time: string },
): boolean {
  const minutesOfWeek = ({ weekday, time }: { weekday: Weekday; time: string }): number => {
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    return (WEEKDAYS.indexOf(weekday) * 24 * 60 + hours * 60 + minutes) % (7 * 24 * 60);
  };
  return minutesOfWeek(a) === minutesOfWeek(b);
}
