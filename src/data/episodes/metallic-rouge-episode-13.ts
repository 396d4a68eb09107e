import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 13, the last. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 13,
  title: {
    english: 'Code Eve',
    japanese: '第十三幕「コード・イヴ」',
    singleSource: [],
    variants: [],
    sourceIds: [
      'skypenguin-episode-13',
      'dwa-hatenablog-episode-13',
      'crowsworldofanime-episode-13',
    ],
  },
  synopsis: {
    basis: 'none',
    reason: 'No synopsis published ahead of the broadcast was found for this episode.',
  },
  sources: [
    {
      id: 'skypenguin-episode-13',
      publication: 'skypenguin',
      title: 'Impressions of episode 13, the finale (in Japanese)',
      date: '2024-04-04',
      url: 'https://skypenguin.net/2024/04/04/%e3%83%a1%e3%82%bf%e3%83%aa%e3%83%83%e3%82%af%e3%83%ab%e3%83%bc%e3%82%b8%e3%83%a5-%e6%9c%80%e7%b5%82%e5%9b%9e13%e8%a9%b1%e3%80%8e%e3%82%b3%e3%83%bc%e3%83%89%e3%83%bb%e3%82%a4%e3%83%b4%e3%80%8f/',
    },
    {
      id: 'dwa-hatenablog-episode-13',
      publication: 'dwa.hatenablog',
      title: 'Review of episode 13 (in Japanese)',
      date: '2024-04-04',
      url: 'https://dwa.hatenablog.com/entry/2024/04/04/155532',
    },
    {
      id: 'crowsworldofanime-episode-13',
      publication: 'Crow’s World of Anime',
      title: 'Favorite moments of episode 13',
      date: '2024',
      url: 'https://www.crowsworldofanime.com/posts/metallic-rouge-episode-13-favorites/',
    },
    {
      // Full form of the open entry with this id; its address names a plot point.
      id: 'pinkvilla-episode-13',
      publication: 'Pinkvilla',
      title: 'Episode 13 release-time article, on what Roy is planning',
      date: '2024-03-30',
      url: 'https://www.pinkvilla.com/entertainment/anime/metallic-rouge-episode-13-what-is-roys-endgame-release-date-streaming-details-expected-plot-and-more-1290774',
    },
  ],
};
