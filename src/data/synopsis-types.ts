/** The story, kept apart from the show so it is only ever downloaded after consent. */
import type * as v from 'valibot';
import type { synopsisPartSchema } from './synopsis-schema.ts';

/** Levels from mild to strong; the order is the order of the gates on the page. */
export const SPOILER_LEVELS = ['premise', 'episode-1'] as const;
export type SpoilerLevel = (typeof SPOILER_LEVELS)[number];

export type SynopsisPart = v.InferOutput<typeof synopsisPartSchema>;
