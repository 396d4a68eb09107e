import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 3. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 3,
  title: {
    english: 'Marginal City',
    japanese: '第三幕「境界の街」',
    singleSource: [],
    variants: [],
    sourceIds: ['crunchyroll-data-2024-01-24', 'animatetimes-episode-3', 'butwhytho-episode-3'],
  },
  synopsis: {
    basis: 'press',
    paragraphs: [
      'In Wellstown, Rouge and Naomi hear that Phantom Verde is inside the town’s Nean settlement, which outsiders may not enter. The two fall out and split up.',
      'On her own, Rouge meets Dr. Afdal Bashar and his young Nean assistant Rion, who rode the same bus, and with their help she gets in. She sees what life is like for the Neans there, and Juval, the leader of the Council of Free Neans (CFN), asks her to become their hope.',
    ],
    sourceIds: ['animatetimes-episode-3'],
  },
  staff: [
    {
      role: 'Screenplay',
      names: [{ native: '根元歳三', latin: 'Toshizo Nemoto' }],
      sourceIds: ['animatetimes-episode-3'],
    },
    {
      role: 'Storyboard',
      names: [{ native: '大槻真之', latin: 'Masayuki Ōtsuki' }],
      sourceIds: ['animatetimes-episode-3'],
    },
    {
      role: 'Episode direction',
      names: [{ native: '大槻真之', latin: 'Masayuki Ōtsuki' }],
      sourceIds: ['animatetimes-episode-3'],
    },
  ],
  sources: [
    {
      id: 'animatetimes-episode-3',
      publication: 'animate Times',
      title: 'Episode 3 scene stills, synopsis and staff',
      date: '2024-01',
      url: 'https://animatetimes.com/news/details.php?id=1705997754',
    },
    {
      id: 'butwhytho-episode-3',
      publication: 'But Why Tho',
      title: 'Episode 3 review',
      date: '2024-01',
      url: 'https://butwhytho.net/2024/01/metallic-rouge-episode-3-review/',
    },
  ],
  corrections: [
    {
      claim:
        'Pinkvilla’s episode 4 preview recaps episode 3 under the title that belongs to episode 2.',
      correction: 'Episode 3 is “Marginal City” (第三幕「境界の街」).',
      claimSourceIds: ['pinkvilla-2024-01-27'],
      sourceIds: ['crunchyroll-data-2024-01-24', 'animatetimes-episode-3'],
    },
  ],
};
