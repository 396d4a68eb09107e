import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 6. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 6,
  title: {
    english: 'Nameless Guest',
    japanese: '第六幕「名前がない客」',
    singleSource: [],
    variants: [],
    sourceIds: ['skypenguin-episode-6', 'comicsbeat-episode-6'],
  },
  synopsis: {
    basis: 'none',
    reason: 'No synopsis published ahead of the broadcast was found for this episode.',
    headline: {
      text: 'A press headline points to a murder on board the liner taking passengers back to Earth.',
      sourceIds: ['moview-episode-7'],
    },
  },
  sources: [
    {
      id: 'skypenguin-episode-6',
      publication: 'skypenguin',
      title: 'Impressions of episode 6 (in Japanese)',
      date: '2024-02-15',
      url: 'https://skypenguin.net/2024/02/15/%e3%83%a1%e3%82%bf%e3%83%aa%e3%83%83%e3%82%af%e3%83%ab%e3%83%bc%e3%82%b8%e3%83%a5-6%e8%a9%b1%e3%80%8e%e5%90%8d%e5%89%8d%e3%81%8c%e3%81%aa%e3%81%84%e5%ae%a2%e3%80%8f-%e6%84%9f%e6%83%b3/',
    },
    {
      id: 'comicsbeat-episode-6',
      publication: 'The Beat (comicsbeat)',
      title: 'Episode 6 review',
      date: '2024',
      url: 'https://www.comicsbeat.com/anime-review-metallic-rouge-episode-6-has-big-reveals/',
    },
    {
      // The headline was read in this page's list of related articles.
      id: 'moview-episode-7',
      publication: 'MOVIEW',
      title:
        'Episode 7 scene stills and synopsis; its related-article links give the episode 5 and 6 headlines',
      date: '2024',
      url: 'https://moview.jp/959063695.html',
    },
  ],
};
