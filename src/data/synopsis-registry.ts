import type { SpoilerLevel, SynopsisPart } from './synopsis-types.ts';

type PartLoader = () => Promise<{ part: SynopsisPart }>;

/**
 * One dynamic import per show and level, so each level is its own chunk and nothing of the story
 * reaches the browser before the visitor asks for that level.
 */
export const synopsisLoaders: Record<string, Partial<Record<SpoilerLevel, PartLoader>>> = {
  'metallic-rouge': {
    premise: () => import('./synopsis/metallic-rouge-premise.ts'),
    'episode-1': () => import('./synopsis/metallic-rouge-episode-1.ts'),
  },
};
