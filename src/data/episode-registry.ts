import type { EpisodeDetail } from './episode-schema.ts';

type EpisodeLoader = () => Promise<{ episode: EpisodeDetail }>;

/**
 * One dynamic import per episode, so each episode's title and story is its own chunk: the browser
 * downloads an episode only once the visitor has seen it or asks for it. Keyed by episode number.
 */
export const episodeLoaders: Record<string, Record<number, EpisodeLoader>> = {
  'metallic-rouge': {
    1: () => import('./episodes/metallic-rouge-episode-01.ts'),
    2: () => import('./episodes/metallic-rouge-episode-02.ts'),
    3: () => import('./episodes/metallic-rouge-episode-03.ts'),
    4: () => import('./episodes/metallic-rouge-episode-04.ts'),
    5: () => import('./episodes/metallic-rouge-episode-05.ts'),
    6: () => import('./episodes/metallic-rouge-episode-06.ts'),
    7: () => import('./episodes/metallic-rouge-episode-07.ts'),
    8: () => import('./episodes/metallic-rouge-episode-08.ts'),
    9: () => import('./episodes/metallic-rouge-episode-09.ts'),
    10: () => import('./episodes/metallic-rouge-episode-10.ts'),
    11: () => import('./episodes/metallic-rouge-episode-11.ts'),
    12: () => import('./episodes/metallic-rouge-episode-12.ts'),
    13: () => import('./episodes/metallic-rouge-episode-13.ts'),
  },
};
