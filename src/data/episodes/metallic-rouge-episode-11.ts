import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 11. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 11,
  title: {
    english: 'Target Planet',
    japanese: '第十一幕「狙われた星」',
    singleSource: ['japanese'],
    variants: [],
    sourceIds: ['ameblo-episode-11', 'crowsworldofanime-episode-11', 'bubbleblabber-episode-11'],
  },
  synopsis: {
    basis: 'blog',
    paragraphs: [
      'Rouge and Naomi, with Eden and Ash, fly to Venus to rescue Jean, and find that Cyan has stowed away. She has become childlike and treats Rouge as an older sister; Naomi objects, but Rouge lets her stay.',
      'On Venus, Jean meets the Puppetmaster, who shows him a room built to recreate a scene Jean knows.',
    ],
    sourceIds: ['ameblo-episode-11'],
  },
  sources: [
    {
      id: 'ameblo-episode-11',
      publication: 'Ameba blog (asukagirara)',
      title: 'Blog post on episode 11 (in Japanese)',
      date: '2024',
      url: 'https://ameblo.jp/asukagirara/entry-12845880616.html',
    },
    {
      id: 'crowsworldofanime-episode-11',
      publication: 'Crow’s World of Anime',
      title: 'Favorite moments of episode 11',
      date: '2024',
      url: 'https://www.crowsworldofanime.com/posts/metallic-rouge-episode-11-favorites/',
    },
    {
      id: 'bubbleblabber-episode-11',
      publication: 'Bubbleblabber',
      title: 'English dub review of episode 11',
      date: '2024-03',
      url: 'https://www.bubbleblabber.com/2024/03/english-dub-review-metallic-rouge-target-planet',
    },
  ],
};
