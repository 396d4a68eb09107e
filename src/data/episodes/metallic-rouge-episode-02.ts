import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 2. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 2,
  title: {
    english: 'Wander in the Labyrinth',
    japanese: '第二幕「逃走迷路」',
    singleSource: [],
    variants: [],
    sourceIds: ['skypenguin-episode-2', 'butwhytho-episode-2', 'bubbleblabber-episode-2'],
  },
  synopsis: {
    basis: 'blog',
    paragraphs: [
      'Following the next lead on the Immortal Nine, Rouge and Naomi ride a bus across the Martian wasteland. One of the passengers is Jill Sturgeon, a journalist looking into prejudice against Neans.',
      'Mercenaries in Herman’s pay attack the bus to take Rouge. When the bus breaks down, Rouge runs into a man surveying relics of the old war against the Usurpers, and a Usurper weapon that had lain dormant comes to life.',
    ],
    sourceIds: ['ameblo-episode-2'],
  },
  sources: [
    {
      id: 'skypenguin-episode-2',
      publication: 'skypenguin',
      title: 'Impressions of episode 2 (in Japanese)',
      date: '2024-01-18',
      url: 'https://skypenguin.net/2024/01/18/%e3%83%a1%e3%82%bf%e3%83%aa%e3%83%83%e3%82%af%e3%83%ab%e3%83%bc%e3%82%b8%e3%83%a5-2%e8%a9%b1%e3%80%8e%e9%80%83%e8%b5%b0%e8%bf%b7%e8%b7%af%e3%80%8f-%e6%84%9f%e6%83%b3/',
    },
    {
      id: 'butwhytho-episode-2',
      publication: 'But Why Tho',
      title: 'Episode 2 review',
      date: '2024-01',
      url: 'https://butwhytho.net/2024/01/metallic-rouge-episode-2-review/',
    },
    {
      id: 'bubbleblabber-episode-2',
      publication: 'Bubbleblabber',
      title: 'English dub review of episode 2',
      date: '2024-01',
      url: 'https://www.bubbleblabber.com/2024/01/english-dub-review-metallic-rouge-wander-in-the-labyrinth/',
    },
    {
      id: 'ameblo-episode-2',
      publication: 'Ameba blog (asukagirara)',
      title: 'Blog post on episode 2 (in Japanese)',
      date: '2024',
      url: 'https://ameblo.jp/asukagirara/entry-12837732083.html',
    },
  ],
};
