import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 7. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 7,
  title: {
    english: 'Appropriate Gear',
    japanese: '第七幕「正しい歯車」',
    singleSource: [],
    variants: [],
    sourceIds: ['moview-episode-7', 'comicsbeat-episode-7', 'butwhytho-episode-7'],
  },
  synopsis: {
    basis: 'press',
    paragraphs: [
      'Jean is confined to his home and has lost his post as deputy head of the Ministry of Truth: Rouge is a proto-Nean, a kind the law forbids, and he had been using her privately.',
      'Naomi comes to see him, and it turns out she is an officer of the Guardian Bureau. They compare what they know about the travelling carnival and the man who calls himself the Puppetmaster, and suspect the Usurpers are behind them.',
      'Rouge is held captive while the two agencies argue over whether to take her apart or keep her, and a shadowy figure draws near her.',
    ],
    sourceIds: ['moview-episode-7'],
  },
  sources: [
    {
      id: 'moview-episode-7',
      publication: 'MOVIEW',
      title:
        'Episode 7 scene stills and synopsis; its related-article links give the episode 5 and 6 headlines',
      date: '2024',
      url: 'https://moview.jp/959063695.html',
    },
    {
      id: 'comicsbeat-episode-7',
      publication: 'The Beat (comicsbeat)',
      title: 'Episode 7 review',
      date: '2024',
      url: 'https://www.comicsbeat.com/anime-review-metallic-rouge-episode-7-squanders-its-lead-character/',
    },
    {
      id: 'butwhytho-episode-7',
      publication: 'But Why Tho',
      title: 'Episode 7 review',
      date: '2024-02',
      url: 'https://butwhytho.net/2024/02/metallic-rouge-episode-7-review/',
    },
    {
      // Full form of the open entry with this id; its address names a plot point.
      id: 'pinkvilla-episode-7',
      publication: 'Pinkvilla',
      title: 'Episode 7 release-time article, asking whether Rouge’s identity is about to come out',
      date: '2024',
      url: 'https://www.pinkvilla.com/entertainment/anime/metallic-rouge-episode-7-rouges-identity-to-be-exposed-release-deets-expected-plot-and-more-1279423',
    },
  ],
};
