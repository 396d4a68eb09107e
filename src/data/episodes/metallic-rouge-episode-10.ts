import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 10. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 10,
  title: {
    english: 'Family Portrait',
    japanese: '第十幕「家族の肖像」',
    singleSource: ['english', 'japanese'],
    variants: [],
    sourceIds: ['dwa-hatenablog-episode-10', 'sunburstviral-episode-10'],
  },
  synopsis: {
    basis: 'none',
    reason: 'No synopsis published ahead of the broadcast was found for this episode.',
  },
  sources: [
    {
      id: 'dwa-hatenablog-episode-10',
      publication: 'dwa.hatenablog',
      title: 'Review of episode 10 (in Japanese)',
      date: '2024-03-15',
      url: 'https://dwa.hatenablog.com/entry/2024/03/15/011409',
    },
    {
      id: 'sunburstviral-episode-10',
      publication: 'Sunburst Viral',
      title: 'Episode 10 review',
      date: '2024',
      url: 'https://sunburstviral.com/metallic-rouge-gets-cozy-in-episode-10',
    },
  ],
};
