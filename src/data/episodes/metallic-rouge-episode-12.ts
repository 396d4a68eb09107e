import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 12. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 12,
  title: {
    english: 'Mask Graveyard',
    japanese: '第十二幕「仮面の墓場」',
    singleSource: [],
    variants: [{ text: 'Masked Graveyard', sourceIds: ['thereviewgeek-season-review'] }],
    sourceIds: ['skypenguin-episode-12', 'ann-review-episode-12', 'crowsworldofanime-episode-12'],
  },
  synopsis: {
    basis: 'blog',
    paragraphs: [
      'Ash runs after seeing the Puppetmaster’s face. Rouge and Naomi come across a “Jean” who does not seem right.',
      'Eden, his Id back, fights Grauphon as a Gladiator, while the Puppetmaster takes over Cyan’s mind and gives her a part to play.',
    ],
    sourceIds: ['ameblo-episode-12'],
  },
  sources: [
    {
      id: 'skypenguin-episode-12',
      publication: 'skypenguin',
      title: 'Impressions of episode 12 (in Japanese)',
      date: '2024-03-28',
      url: 'https://skypenguin.net/2024/03/28/%e3%83%a1%e3%82%bf%e3%83%aa%e3%83%83%e3%82%af%e3%83%ab%e3%83%bc%e3%82%b8%e3%83%a5-12%e8%a9%b1%e3%80%8e%e4%bb%ae%e9%9d%a2%e3%81%ae%e5%a2%93%e5%a0%b4%e3%80%8f-%e6%84%9f%e6%83%b3/',
    },
    {
      id: 'ann-review-episode-12',
      publication: 'Anime News Network',
      title: 'Episode 12 review',
      date: '2024',
      url: 'https://animenewsnetwork.com/review/metallic-rouge/episode-12/.209344',
    },
    {
      id: 'crowsworldofanime-episode-12',
      publication: 'Crow’s World of Anime',
      title: 'Favorite moments of episode 12',
      date: '2024',
      url: 'https://www.crowsworldofanime.com/posts/metallic-rouge-episode-12-favorites/',
    },
    {
      id: 'ameblo-episode-12',
      publication: 'Ameba blog (asukagirara)',
      title: 'Blog post on episode 12 (in Japanese)',
      date: '2024',
      url: 'https://ameblo.jp/asukagirara/entry-12846773696.html',
    },
  ],
};
