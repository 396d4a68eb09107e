import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 4. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 4,
  title: {
    english: 'Freedom and Phantoms',
    japanese: '第四幕「自由と幻影と」',
    singleSource: [],
    variants: [],
    sourceIds: ['official-site-episode-4', 'butwhytho-episode-4', 'bubbleblabber-episode-4'],
  },
  synopsis: {
    basis: 'official',
    paragraphs: [
      'A travelling carnival begins its show. The CFN is holding Rouge on suspicion of killing Juval. Naomi, through her messenger bird, tells her to escape, but Rouge chooses to stay, suspecting that Phantom Verde is behind it all, and the CFN’s Dumas questions her.',
      'The police, told of the killing, send security troops into the settlement. Naomi, trying to get in to free Rouge, teams up with the investigator Ash Stahl and his Nean partner, Noid 262.',
    ],
    sourceIds: ['official-site-episode-4'],
  },
  staff: [
    {
      role: 'Screenplay',
      names: [{ native: '根元歳三', latin: 'Toshizo Nemoto' }],
      sourceIds: ['official-site-episode-4'],
    },
    {
      role: 'Storyboard',
      names: [
        { native: '髙藤聡', latin: 'Satoshi Takafuji' },
        { native: '村木靖', latin: 'Yasushi Muraki' },
      ],
      sourceIds: ['official-site-episode-4'],
    },
    {
      role: 'Episode direction',
      names: [{ native: '阿部将光', latin: 'Masamitsu Abe' }],
      sourceIds: ['official-site-episode-4'],
    },
  ],
  sources: [
    {
      id: 'official-site-episode-4',
      publication: 'Metallic Rouge official site',
      title: 'Episode 4 page: synopsis and staff',
      date: '2024',
      url: 'https://metallicrouge.jp/episodes/episodes04.html',
    },
    {
      id: 'butwhytho-episode-4',
      publication: 'But Why Tho',
      title: 'Episode 4 review',
      date: '2024-01',
      url: 'https://butwhytho.net/2024/01/metallic-rouge-episode-4-review/',
    },
    {
      id: 'bubbleblabber-episode-4',
      publication: 'Bubbleblabber',
      title: 'English dub review of episode 4',
      date: '2024-01',
      url: 'https://www.bubbleblabber.com/2024/01/english-dub-review-metallic-rouge-episode-freedom-and-phantoms',
    },
  ],
};
