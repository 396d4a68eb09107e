import type { EpisodeDetail } from '../episode-schema.ts';

/** Episode 9. Spoilers: load only behind the episode's gate. */
export const episode: EpisodeDetail = {
  number: 9,
  title: {
    english: 'The Ones Who Visited',
    japanese: '第九幕「訪れ来た者たち」',
    singleSource: [],
    variants: [],
    sourceIds: ['moview-episode-9', 'animatetimes-2024-03', 'crowsworldofanime-episode-9'],
  },
  synopsis: {
    basis: 'press',
    paragraphs: [
      'Rouge is struggling in a fight against Aerkos, Silvia and Grauphon of the Immortal Nine when Eden comes to her aid, revealed as another of the Nine: “Jet-Black Noir”. Silvia attacks Noir for refusing to side with them, and Grauphon bars Jean’s way.',
      'A Usurper ship appears, and so does Cyan. Rouge and Cyan fight as Gladiators, neither able to get the better of the other, until Naomi arrives with a proposal.',
    ],
    sourceIds: ['moview-episode-9', 'animatetimes-2024-03'],
  },
  staff: [
    {
      role: 'Screenplay',
      names: [{ native: '堺三保' }, { native: '根元歳三', latin: 'Toshizo Nemoto' }],
      sourceIds: ['moview-episode-9'],
    },
    {
      role: 'Storyboard',
      names: [
        { native: '大槻真之', latin: 'Masayuki Ōtsuki' },
        { native: '村木靖', latin: 'Yasushi Muraki' },
      ],
      sourceIds: ['moview-episode-9'],
    },
    {
      role: 'Episode direction',
      names: [{ native: '大槻真之', latin: 'Masayuki Ōtsuki' }],
      sourceIds: ['moview-episode-9'],
    },
  ],
  sources: [
    {
      id: 'moview-episode-9',
      publication: 'MOVIEW',
      title: 'Episode 9 scene stills, synopsis and staff, with a report on the advance screening',
      date: '2024',
      url: 'https://moview.jp/959064986.html',
    },
    {
      id: 'crowsworldofanime-episode-9',
      publication: 'Crow’s World of Anime',
      title: 'Favorite moments of episode 9',
      date: '2024',
      url: 'https://www.crowsworldofanime.com/posts/metallic-rouge-episode-9-favorites/',
    },
  ],
};
