/**
 * The types of everything the page says about a show, inferred from the schemas in
 * show-schema.ts (type-only imports: nothing of valibot reaches the page through this file).
 */
import type * as v from 'valibot';
import type {
  announcementSchema,
  castMemberSchema,
  nativeNameSchema,
  premiereSchema,
  releaseDateSchema,
  showSchema,
  staffMemberSchema,
} from './show-schema.ts';
import type { sourceSchema } from './schema-primitives.ts';
import type { DATE_PRECISIONS, STAFF_ROLES } from './show-constants.ts';

export type Show = v.InferOutput<typeof showSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type NativeName = v.InferOutput<typeof nativeNameSchema>;
export type ReleaseDate = v.InferOutput<typeof releaseDateSchema>;
export type Premiere = v.InferOutput<typeof premiereSchema>;
export type Announcement = v.InferOutput<typeof announcementSchema>;
export type StaffMember = v.InferOutput<typeof staffMemberSchema>;
export type CastMember = v.InferOutput<typeof castMemberSchema>;
export type Channel = Show['broadcast']['japan'][number];
export type ThemeSong = Show['themeSongs'][number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type {
  BroadcastRun,
  Disagreement,
  EpisodeDetail,
  EpisodeSynopsis,
  RunEpisode,
} from './episode-schema.ts';
