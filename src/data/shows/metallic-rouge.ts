import type { Show } from '../show-types.ts';
import { metallicRougeRun, metallicRougeRunSources } from './metallic-rouge-run.ts';

/**
 * Metallic Rouge, from the project's fact sheet (`shared/facts.md`), corrections applied.
 * Every sentence here is the project's own; the facts come from the sources listed at the end.
 */
export const metallicRouge: Show = {
  id: 'metallic-rouge',
  title: {
    english: 'Metallic Rouge',
    native: { text: 'メタリックルージュ', lang: 'ja', confirmed: true },
    sourceIds: ['seed-econotimes', 'ann-2023-03-22'],
  },
  tagline: 'An original tech-noir mecha series set in a future shared by humans and androids.',
  format: {
    kind: 'Original TV anime (no manga or novel behind it)',
    genres: ['Science fiction', 'Tech noir', 'Mecha'],
    sourceIds: ['seed-econotimes', 'radio-times', 'ann-2023-03-22'],
  },
  studio: {
    name: 'BONES',
    note: 'A 25th-anniversary project for the studio, which Masahiko Minami, Hiroshi Osaka and Toshihiro Kawamoto set up in October 1998.',
    knownFor: ['Fullmetal Alchemist: Brotherhood', 'Mob Psycho 100', 'My Hero Academia'],
    sourceIds: ['seed-econotimes', 'gamerant-preview'],
  },
  broadcast: {
    japan: [
      {
        name: 'Fuji TV (+Ultra block)',
        note: 'First broadcast',
        sourceIds: ['seed-econotimes', 'ann-2023-03-22'],
      },
      { name: 'TV Nishinippon', sourceIds: ['natalie-2023-12-07'] },
      { name: 'Kansai TV', sourceIds: ['natalie-2023-12-07'] },
      { name: 'Tokai TV', sourceIds: ['natalie-2023-12-07'] },
      { name: 'AT-X', sourceIds: ['natalie-2023-12-07'] },
      { name: 'Hokkaido Cultural Broadcasting', sourceIds: ['natalie-2023-12-07'] },
      { name: 'BS Fuji', sourceIds: ['natalie-2023-12-07'] },
    ],
    streaming: [
      {
        name: 'Crunchyroll',
        note: 'Outside Asia, as a simulcast: each episode went online two and a half hours after its broadcast in Japan began, at 18:25 UTC on the Wednesday, as Crunchyroll’s own record and Sportskeeda’s time tables give it. The episode guide above has that time for every episode in your zone; some outlets printed other times, listed there with why they cannot be right.',
        sourceIds: [
          'seed-econotimes',
          'ann-2023-03-22',
          'crunchyroll-data-2024-01-24',
          'sportskeeda-episode-4',
        ],
      },
    ],
  },
  themeSongs: [
    { kind: 'Opening', title: 'Rouge', artist: 'Yu-ka', sourceIds: ['ann-2023-12-07'] },
    { kind: 'Ending', title: 'Scarlet', artist: 'DAZBEE', sourceIds: ['ann-2023-12-07'] },
  ],
  premiere: {
    label: 'Japanese TV premiere on Fuji TV’s +Ultra',
    precision: 'minute',
    start: '2024-01-10T15:55:00Z',
    zone: 'Asia/Tokyo',
    lateNightNotation: { day: '2024-01-10', time: '24:55' },
    sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07', 'pinkvilla-2024-01-27'],
  },
  timeline: [
    {
      id: 'lineup-livestream',
      announced: '2023-03-22',
      summary:
        'Fuji TV’s anime line-up stream revealed the series and placed its debut on +Ultra in January 2024.',
      release: {
        precision: 'month',
        start: '2023-12-31T15:00:00Z',
        zone: 'Asia/Tokyo',
        sourceIds: ['ann-2023-03-22'],
      },
      sourceIds: ['ann-2023-03-22'],
    },
    {
      id: 'first-teaser',
      announced: '2023-07',
      summary: 'The first teaser trailer came out and kept the January 2024 window.',
      release: {
        precision: 'month',
        start: '2023-12-31T15:00:00Z',
        zone: 'Asia/Tokyo',
        sourceIds: ['seed-econotimes', 'dexerto-2023-11-21'],
      },
      sourceIds: ['seed-econotimes', 'dexerto-2023-11-21'],
    },
    {
      id: 'anime-nyc-screening',
      announced: '2023-11-17',
      announcedUntil: '2023-11-19',
      summary:
        'Anime NYC 2023 showed episode 1 ahead of broadcast; the release was still only “January 2024”, with no day named.',
      release: {
        precision: 'month',
        start: '2023-12-31T15:00:00Z',
        zone: 'Asia/Tokyo',
        sourceIds: ['seed-econotimes', 'dexerto-2023-11-21'],
      },
      sourceIds: ['seed-econotimes', 'dexerto-2023-11-21'],
    },
    {
      id: 'main-promo-video',
      announced: '2023-12-07',
      summary:
        'The main promo video fixed the slot: Wednesday 10 January 2024 at 24:55 in broadcast notation, which is 00:55 on Thursday 11 January in Japan.',
      release: {
        precision: 'minute',
        start: '2024-01-10T15:55:00Z',
        zone: 'Asia/Tokyo',
        sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
      },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07', 'pinkvilla-2024-01-27'],
    },
  ],
  staff: [
    {
      id: 'yutaka-izubuchi',
      name: 'Yutaka Izubuchi',
      nativeName: { text: '出渕裕', lang: 'ja', confirmed: true },
      roles: ['Chief Director', 'Series Composition'],
      knownFor: [
        'RahXephon',
        'Space Battleship Yamato 2199 (Star Blazers 2199)',
        'Mecha design for Mobile Police Patlabor',
        'Evangelion: 1.0 You Are (Not) Alone',
        'Cowboy Bebop: The Movie',
      ],
      correction:
        'Some reports call him the “principal director”; the credit is Chief Director, above Director Motonobu Hori.',
      sourceIds: ['ann-2023-03-22', 'seed-econotimes'],
    },
    {
      id: 'motonobu-hori',
      name: 'Motonobu Hori',
      nativeName: { text: '堀元宣', lang: 'ja', confirmed: true },
      roles: ['Director'],
      knownFor: ['Carole & Tuesday', 'Animator on Spirited Away'],
      sourceIds: ['ann-2023-03-22', 'seed-econotimes'],
    },
    {
      id: 'toshizo-nemoto',
      name: 'Toshizo Nemoto',
      nativeName: { text: '根元歳三', lang: 'ja', confirmed: true },
      roles: ['Screenplay'],
      knownFor: ['Macross Delta', 'Ultraman R/B'],
      sourceIds: ['ann-2023-03-22', 'seed-econotimes'],
    },
    {
      id: 'toshihiro-kawamoto',
      name: 'Toshihiro Kawamoto',
      nativeName: { text: '川元利浩', lang: 'ja', confirmed: true },
      roles: ['Character Design'],
      roleNote: 'Also animation director; a co-founder of BONES.',
      knownFor: ['Character design for Cowboy Bebop'],
      correction:
        'Some reports call him Cowboy Bebop’s director. He designed its characters; Shinichirō Watanabe directed it.',
      sourceIds: ['ann-2023-03-22', 'butwhytho-2023-07', 'dexerto-2023-11-21'],
    },
    {
      id: 'taisei-iwasaki',
      name: 'Taisei Iwasaki',
      nativeName: { text: '岩崎太整', lang: 'ja', confirmed: true },
      roles: ['Music'],
      roleNote: 'Composes together with Yuma Yamaguchi and Towa Tei.',
      knownFor: ['BELLE'],
      sourceIds: ['ann-2023-03-22', 'ann-2023-12-07'],
    },
    {
      id: 'masahiko-minami',
      name: 'Masahiko Minami',
      nativeName: { text: '南雅彦', lang: 'ja', confirmed: true },
      roles: ['Producer'],
      roleNote: 'President of BONES.',
      knownFor: [],
      sourceIds: ['butwhytho-2023-07', 'anime-nyc-2023-interviews'],
    },
  ],
  castNote:
    'Anime News Network noted in December 2023 that the English spellings of the characters were not final, so each card also lists the spelling first announced.',
  cast: [
    {
      id: 'rouge-redstar',
      character: { name: 'Rouge Redstar', announcedAs: ['Rouge Redmaster'] },
      voice: { name: 'Yume Miyamoto', knownFor: ['GJ Club'] },
      sourceIds: ['seed-econotimes', 'ann-2023-12-07'],
    },
    {
      id: 'naomi-orthmann',
      character: { name: 'Naomi Orthmann', announcedAs: ['Naomi Ortmann'] },
      voice: { name: 'Tomoyo Kurosawa', knownFor: ['Yuki Yuna is a Hero'] },
      sourceIds: ['seed-econotimes', 'ann-2023-12-07'],
    },
    {
      id: 'jean-junghardt',
      character: { name: 'Jean Junghardt', announcedAs: ['Jean Yunghart'] },
      voice: { name: 'Shunsuke Takeuchi', knownFor: ['Akudama Drive'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'sara-fitzgerald',
      character: { name: 'Sara Fitzgerald', announcedAs: [] },
      voice: { name: 'Yu Shimamura', knownFor: ['Bungo Stray Dogs'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'jaron-fate',
      character: { name: 'Jaron Fate', announcedAs: [] },
      voice: { name: 'Hiroyuki Yoshino', knownFor: ['Mobile Suit Gundam 00'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'jill-sturgeon',
      character: { name: 'Jill Sturgeon', announcedAs: [] },
      voice: { name: 'Yui Ogura', knownFor: ['Black Bullet'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'afdal-bashar',
      character: { name: 'Afdal Bashar', announcedAs: ['Afdal Bashal'] },
      voice: { name: 'Kenjiro Tsuda', knownFor: ['Cop Craft'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'eden-baruque',
      character: { name: 'Eden Baruque', announcedAs: ['Eden Vallock'] },
      voice: { name: 'Kazuyuki Okitsu', knownFor: ['Arpeggio of Blue Steel: Ars Nova'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'ash-stahl',
      character: { name: 'Ash Stahl', announcedAs: [] },
      voice: { name: 'Atsushi Miyauchi', knownFor: ['Megalo Box 2: Nomad'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
    {
      id: 'noid-262',
      character: { name: 'Noid 262', announcedAs: [] },
      voice: { name: 'Chiaki Kobayashi', knownFor: ['Gundam Build Divers Re:Rise'] },
      sourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
    },
  ],
  run: metallicRougeRun,
  sources: [
    {
      id: 'seed-econotimes',
      publication: 'EconoTimes (republishing Dexerto)',
      title: '‘Metallic Rouge’ Release Date, Cast and Spoilers: All Things Fans Should Know By Now',
      date: '2023-11',
    },
    {
      id: 'dexerto-2023-11-21',
      publication: 'Dexerto',
      title: 'Metallic Rouge release date, trailer, cast, plot',
      date: '2023-11-21',
      url: 'https://www.dexerto.com/anime/metallic-rouge-release-trailer-cast-plot-anime-2393245/',
    },
    {
      id: 'ann-2023-03-22',
      publication: 'Anime News Network',
      title: 'Fuji TV Announces New Metallic Rouge Anime by BONES',
      date: '2023-03-22',
      url: 'https://www.animenewsnetwork.com/news/2023-03-22/fuji-tv-announces-new-metallic-rouge-anime-by-bones/.196258',
    },
    {
      id: 'ann-2023-12-07',
      publication: 'Anime News Network',
      title:
        'Metallic Rouge Anime Reveals More Cast, Theme Song Artists, January 10 Debut in Main Promo Video',
      date: '2023-12-07',
      url: 'https://www.animenewsnetwork.com/news/2023-12-07/metallic-rouge-anime-reveals-more-cast-theme-song-artists-january-10-debut-in-main-promo-video/.205221',
    },
    {
      id: 'natalie-2023-12-07',
      publication: 'Comic Natalie (via anime.atsit.in)',
      title: 'Cast and broadcast schedule',
      date: '2023-12-07',
    },
    {
      id: 'pinkvilla-2024-01-27',
      publication: 'Pinkvilla',
      title: 'Metallic Rouge episode 4 release date',
      date: '2024-01-27',
    },
    {
      id: 'butwhytho-2023-07',
      publication: 'But Why Tho',
      title: 'Interview with Masahiko Minami and Toshihiro Kawamoto',
      date: '2023-07',
    },
    {
      id: 'anime-nyc-2023-interviews',
      publication: 'Anime NYC 2023',
      title: 'Interviews with the production team',
      date: '2023-11',
    },
    {
      id: 'gamerant-preview',
      publication: 'Game Rant (via gamezxc)',
      title: 'Metallic Rouge preview',
      date: '2023',
    },
    {
      id: 'radio-times',
      publication: 'Radio Times',
      title: 'Report that the series has no source material (cited by the seed article)',
      date: '2023',
    },
    {
      id: 'theanime-2024-01',
      publication: 'theanime.org',
      title: 'Episode 1 synopsis and scene cuts',
      date: '2024-01',
      url: 'https://theanime.org/archives/2986',
    },
    ...metallicRougeRunSources,
  ],
};
