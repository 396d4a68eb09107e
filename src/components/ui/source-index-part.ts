import { staticPart } from '../../lib/static-part.tsx';

/** The section's source list never changes after the build: pre-rendered, never hydrated. */
export const StaticSourceIndex = staticPart(() =>
  import('./source-index.tsx').then((module) => module.SourceIndex),
);
