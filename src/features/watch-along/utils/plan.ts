import {
  formatClock,
  resolveWallTime,
  zoneCity,
  zonedParts,
} from '../../../lib/time/zoned-time.ts';
import { cleanName, type WatchAlong } from './watch-link.ts';

/** What the form holds: a calendar date and a clock time in `zone`, as the inputs give them. */
export interface PlanInput {
  /** "2026-03-10" */
  date: string;
  /** "20:00" */
  time: string;
  zone: string;
  firstEpisode: number;
  lastEpisode: number;
  name: string;
}

export type PlanField = 'date' | 'time' | 'lastEpisode' | 'name';

export interface PlanResult {
  watchAlong?: WatchAlong;
  /** One message per field that cannot be used, shown next to it. */
  errors: Partial<Record<PlanField, string>>;
  /** Set where the clocks change that night and the time was moved or chosen between two. */
  clockNote?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The watch-along a filled-in form describes, or what is wrong with it. The date and time are
 * read on the wall clock of `zone`, so "20:00 on 10 March in New York" is 00:00 UTC on 11 March
 * whichever zone the planner's device is in, across a DST change too.
 */
export function planWatchAlong(input: PlanInput, nowMs: number): PlanResult {
  const errors: PlanResult['errors'] = {};
  const dateMatch = DATE.exec(input.date);
  const timeMatch = TIME.exec(input.time);
  const [year, month, day] = (dateMatch?.slice(1) ?? []).map(Number);
  const [hour, minute] = (timeMatch?.slice(1) ?? []).map(Number);
  const realDate =
    year !== undefined &&
    month !== undefined &&
    day !== undefined &&
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  if (!realDate) errors.date = 'Enter the day, as a full date.';
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) {
    errors.time = 'Enter the time, in hours and minutes.';
  }
  if (input.lastEpisode < input.firstEpisode) {
    errors.lastEpisode = `The last episode cannot come before the first (episode ${input.firstEpisode}).`;
  }
  const { name, problems } = cleanName(input.name);
  if (input.name.trim() && !name) {
    errors.name = problems.some((problem) => problem.kind === 'name-markup')
      ? 'Leave out < > and codes such as &amp;: a link carrying them shows no name.'
      : 'This name has no visible characters.';
  }

  let clockNote: string | undefined;
  let startMs: number | undefined;
  if (realDate && !errors.time) {
    const resolved = resolveWallTime(input.zone, year, month, day, hour, minute);
    startMs = resolved.instantMs;
    const city = zoneCity(input.zone);
    if (resolved.fit === 'skipped') {
      clockNote = `The clocks in ${city} jump forward that night, so ${input.time} never happens there; the watch-along starts at ${formatClock(zonedParts(startMs, input.zone))}, just after the jump.`;
    } else if (resolved.fit === 'repeated') {
      clockNote = `The clocks in ${city} go back that night, so ${input.time} happens twice; the watch-along starts at the first.`;
    }
    if (startMs <= nowMs) {
      errors.time = `That time has already passed in ${city}. Pick a later one.`;
    }
  }

  if (startMs === undefined || Object.keys(errors).length > 0) {
    return { errors, ...(clockNote ? { clockNote } : {}) };
  }
  return {
    watchAlong: {
      startMs,
      firstEpisode: input.firstEpisode,
      lastEpisode: input.lastEpisode,
      ...(name ? { name } : {}),
    },
    errors,
    ...(clockNote ? { clockNote } : {}),
  };
}

/** The form's first values: the episode after the visitor's horizon, tomorrow at 20:00 in `zone`. */
export function defaultPlan(
  horizon: number,
  episodeCount: number,
  zone: string,
  nowMs: number,
): PlanInput {
  const next = horizon >= episodeCount ? 1 : horizon + 1;
  const tomorrow = zonedParts(nowMs + 86_400_000, zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${tomorrow.year}-${pad(tomorrow.month)}-${pad(tomorrow.day)}`,
    time: '20:00',
    zone,
    firstEpisode: next,
    lastEpisode: next,
    name: '',
  };
}
