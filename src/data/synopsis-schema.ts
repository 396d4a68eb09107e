import * as v from 'valibot';
import { SPOILER_LEVELS } from './synopsis-types.ts';
import { sourceIds, text } from './schema-primitives.ts';

/** One level of the story; its sources are ids into the show's `sources`. */
export const synopsisPartSchema = v.object({
  level: v.picklist(SPOILER_LEVELS, `must be one of ${SPOILER_LEVELS.join(', ')}`),
  heading: text,
  paragraphs: v.pipe(v.array(text), v.minLength(1, 'must hold at least one paragraph')),
  sourceIds,
  /** Where sources disagree on a detail, said openly. */
  note: v.optional(text),
});
