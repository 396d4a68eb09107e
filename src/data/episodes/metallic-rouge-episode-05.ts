import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 5. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 5,
  title: {
    english: 'Carnival Dances With Lost Memories',
    japanese: '第五幕「カーニバルは忘却と踊る」',
    singleSource: [],
    variants: [],
    sourceIds: ['skypenguin-episode-5', 'comicsbeat-episode-5', 'butwhytho-episode-5'],
  },
  synopsis: {
    basis: 'none',
    reason: 'No synopsis published ahead of the broadcast was found for this episode.',
    headline: {
      text: 'A press headline has Naomi slipping into the travelling carnival together with a man who calls himself Eden Vallock.',
      sourceIds: ['moview-episode-7'],
    },
  },
  sources: [
    {
      id: 'skypenguin-episode-5',
      publication: 'skypenguin',
      title: 'Impressions of episode 5 (in Japanese)',
      date: '2024-02-08',
      url: 'https://skypenguin.net/2024/02/08/%e3%83%a1%e3%82%bf%e3%83%aa%e3%83%83%e3%82%af%e3%83%ab%e3%83%bc%e3%82%b8%e3%83%a5-5%e8%a9%b1%e3%80%8e%e3%82%ab%e3%83%bc%e3%83%8b%e3%83%90%e3%83%ab%e3%81%af%e5%bf%98%e5%8d%b4%e3%81%a8%e8%b8%8a%e3%82%8b',
    },
    {
      id: 'comicsbeat-episode-5',
      publication: 'The Beat (comicsbeat)',
      title: 'Episode 5 review',
      date: '2024',
      url: 'https://www.comicsbeat.com/anime-review-metallic-rouge-episode-five-gets-real-weird/',
    },
    {
      id: 'butwhytho-episode-5',
      publication: 'But Why Tho',
      title: 'Episode 5 review',
      date: '2024-02',
      url: 'https://butwhytho.net/2024/02/metallic-rouge-episode-5-review',
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
