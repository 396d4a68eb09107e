import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 1. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 1,
  title: {
    english: 'Crimson Is the Sound of Dawn',
    japanese: '第一幕「紅は暁に奏でる」',
    singleSource: [],
    variants: [],
    sourceIds: ['nordot-2024-01', 'bubbleblabber-episode-1', 'crowsworldofanime-episode-1'],
  },
  synopsis: {
    basis: 'press',
    paragraphs: [
      'Mars, in the year 2128. In Canal City the singer Sara Fitzgerald meets a strange girl, Rouge Redstar, and takes her on as her assistant.',
      'Someone is attacking the dealers of Nectar, the drug that keeps Neans alive. The trade reaches Sara’s lover, Herman Hayward, an executive at the Mars branch of Panacea, the company that makes Nectar, and an attacker comes after Sara as well.',
      'Meanwhile a woman who gives her name as Naomi Orthmann passes Rouge information about Sara.',
    ],
    sourceIds: ['nordot-2024-01'],
  },
  staff: [
    {
      role: 'Screenplay',
      names: [{ native: '根元歳三', latin: 'Toshizo Nemoto' }],
      sourceIds: ['nordot-2024-01'],
    },
    {
      role: 'Storyboard',
      names: [
        { native: '堀元宣', latin: 'Motonobu Hori' },
        { native: '村木靖', latin: 'Yasushi Muraki' },
      ],
      sourceIds: ['nordot-2024-01'],
    },
    {
      role: 'Episode direction',
      names: [{ native: '堀元宣', latin: 'Motonobu Hori' }],
      sourceIds: ['nordot-2024-01'],
    },
  ],
  sources: [
    {
      id: 'bubbleblabber-episode-1',
      publication: 'Bubbleblabber',
      title: 'English dub review of episode 1',
      date: '2024-01',
      url: 'https://www.bubbleblabber.com/2024/01/english-dub-review-metallic-rouge-crimson-is-the-sound-of-dawn/',
    },
    {
      id: 'crowsworldofanime-episode-1',
      publication: 'Crow’s World of Anime',
      title: 'Favorite moments of episode 1',
      date: '2024',
      url: 'https://www.crowsworldofanime.com/posts/metallic-rouge-episode-1-favorites/',
    },
  ],
};
