import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 8. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 8,
  title: {
    english: 'Nowhere House',
    japanese: '第八幕「どこでもない家」',
    singleSource: ['japanese'],
    variants: [],
    sourceIds: ['dwa-hatenablog-episode-8', 'comicsbeat-episode-8', 'bubbleblabber-episode-8'],
  },
  synopsis: {
    basis: 'none',
    reason: 'No synopsis published ahead of the broadcast was found for this episode.',
  },
  sources: [
    {
      id: 'dwa-hatenablog-episode-8',
      publication: 'dwa.hatenablog',
      title: 'Review of episode 8 (in Japanese)',
      date: '2024-02-29',
      url: 'https://dwa.hatenablog.com/entry/2024/02/29/172621',
    },
    {
      id: 'comicsbeat-episode-8',
      publication: 'The Beat (comicsbeat)',
      title: 'Episode 8 review',
      date: '2024',
      url: 'https://www.comicsbeat.com/anime-review-metallic-rouge-episode-8/',
    },
    {
      id: 'bubbleblabber-episode-8',
      publication: 'Bubbleblabber',
      title: 'English dub review of episode 8',
      date: '2024-02',
      url: 'https://www.bubbleblabber.com/2024/02/english-dub-review-metallic-rouge-nowhere-house',
    },
  ],
};
