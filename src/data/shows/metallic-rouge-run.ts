import type { BroadcastRun, EpisodeSource } from '../episode-schema.ts';

/*
 * The broadcast run of Metallic Rouge: open data, no spoilers. Titles and synopses live in
 * `../episodes/metallic-rouge-episode-NN.ts`, behind each episode's gate. Facts come from the
 * project's fact sheet (`shared/facts.md`, "The broadcast run"); every sentence is our own.
 * Values are not validated here; `broadcastRunSchema` checks them where the data is loaded.
 */

/** The sources that fix the weekly slot; a `slot`-dated episode rests on these. */
const slotSourceIds = [
  'ann-2023-12-07',
  'natalie-2023-12-07',
  'pinkvilla-2024-01-27',
  'animatetimes-2024-03',
  'crunchyroll-data-2024-01-24',
];

/** The times behind the 2 h 30 min pattern, cited for episodes with no report of their own. */
const streamPatternSourceIds = [
  'crunchyroll-data-2024-01-24',
  'sportskeeda-episode-4',
  'sportskeeda-episode-5',
  'sportskeeda-episode-7',
];

const expectedStream = { basis: 'expected', sourceIds: streamPatternSourceIds } as const;

export const metallicRougeRun: BroadcastRun = {
  episodeCount: {
    value: 13,
    sourceIds: ['wikipedia-mirror', 'anilist-aniproject', 'thereviewgeek-season-review'],
  },
  weeklySlot: {
    channel: 'Fuji TV',
    block: '+Ultra',
    listed: { weekday: 'Wednesday', time: '24:55' },
    local: { weekday: 'Thursday', time: '00:55' },
    zone: 'Asia/Tokyo',
    note: 'Japanese late-night listings count hours past midnight as part of the day before, so the Wednesday 24:55 slot starts at 00:55 on Thursday morning in Japan.',
    sourceIds: slotSourceIds,
  },
  japanStreaming: {
    services: ['d Anime Store', 'FOD'],
    weekly: { weekday: 'Thursday', time: '12:00' },
    zone: 'Asia/Tokyo',
    firstAvailable: '2024-01-11T03:00:00Z',
    otherServicesFrom: '2024-01-16',
    note: 'd Anime Store and FOD had each episode first, at noon Japan time on the Thursday of its broadcast, starting on 11 January 2024. Other Japanese services followed one after another from 16 January.',
    sourceIds: ['nordot-2024-01', 'theanime-2024-01'],
  },
  crunchyroll: {
    delayMinutes: 150,
    summary:
      'Outside Asia, Crunchyroll released episodes two and a half hours after they began airing in Japan: the Japanese audio with subtitles and the English dub at the same minute. That is what was reported for episodes 3, 4, 5 and 7; the other episodes are shown at the same time as expected, not reported.',
    laterDubs:
      'Other dubs came a few minutes after; for episode 3 they appeared between 18:30 and 18:40 UTC.',
    freeViewing:
      'Crunchyroll’s record for episode 3 opens it to viewers without a subscription one week after the first release.',
    sourceIds: streamPatternSourceIds,
    // The series id and slug are in Crunchyroll's own record of episode 3.
    seriesPage: {
      url: 'https://www.crunchyroll.com/series/G24H1NWMJ/metallic-rouge',
      sourceIds: ['crunchyroll-data-2024-01-24'],
    },
    disagreements: [
      {
        printed: 'around 11 am GMT on the Wednesday',
        episodes: [2, 3, 4],
        problem:
          'That is almost five hours before the episode had even started airing in Japan, so a simulcast could not have been online yet. Crunchyroll’s own record for episode 3 shows 18:25 UTC.',
        sourceIds: [
          'thereviewgeek-episode-2',
          'thereviewgeek-episode-3',
          'thereviewgeek-episode-4',
        ],
      },
      {
        printed: 'around 11 am GMT on the Wednesday',
        episodes: [7, 13],
        problem:
          'The same impossible time: hours ahead of the Japanese broadcast it would have to follow.',
        sourceIds: ['pinkvilla-episode-7', 'pinkvilla-episode-13'],
      },
      {
        printed: 'about an hour after the Japanese broadcast',
        episodes: [4],
        problem:
          'An hour too early. Crunchyroll’s record for episode 3, and Sportskeeda’s time table for episode 4 itself, put the release two and a half hours after the broadcast.',
        sourceIds: ['pinkvilla-2024-01-27'],
      },
      {
        printed: '1:55 pm Eastern, in the same table as 10:25 am Pacific',
        episodes: [4, 5, 7],
        problem:
          'The two rows disagree with each other: 10:25 in Los Angeles was 13:25 in New York on those dates, and so is the 18:25 UTC the table also gives. The Eastern row is half an hour off, which is why this page works every local time out from UTC rather than copying one.',
        sourceIds: ['sportskeeda-episode-4', 'sportskeeda-episode-5', 'sportskeeda-episode-7'],
      },
    ],
  },
  corrections: [
    {
      claim:
        'One sentence of Sportskeeda’s episode 4 article dates the Japanese broadcast to 25 January.',
      correction:
        'Episode 4 aired on Thursday 1 February 2024 at 00:55 in Japan, as the same article’s time table says; 25 January was the week before.',
      claimSourceIds: ['sportskeeda-episode-4'],
      sourceIds: ['sportskeeda-episode-4', 'pinkvilla-2024-01-27'],
    },
    {
      claim: 'A scraped listing gives the series 12 episodes.',
      correction: 'The run had 13 episodes, from 11 January to 4 April 2024 (Japan time).',
      sourceIds: ['wikipedia-mirror', 'anilist-aniproject', 'thereviewgeek-season-review'],
    },
  ],
  episodes: [
    {
      number: 1,
      broadcast: '2024-01-10T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'stated',
      datedSourceIds: ['ann-2023-12-07', 'natalie-2023-12-07'],
      crunchyroll: { available: '2024-01-10T18:25:00Z', ...expectedStream },
    },
    {
      number: 2,
      broadcast: '2024-01-17T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: [...slotSourceIds, 'theanime-2024-01'],
      datedNote:
        'theanime.org lists episode 2 from 17 January: the Wednesday, the calendar day outside Japan, of this same broadcast.',
      crunchyroll: { available: '2024-01-17T18:25:00Z', ...expectedStream },
    },
    {
      number: 3,
      broadcast: '2024-01-24T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'stated',
      datedSourceIds: ['crunchyroll-data-2024-01-24'],
      datedNote: 'Crunchyroll’s own record gives the Japanese air date and time.',
      crunchyroll: {
        available: '2024-01-24T18:25:00Z',
        basis: 'reported',
        sourceIds: ['crunchyroll-data-2024-01-24'],
        runtimeSeconds: 1370,
      },
    },
    {
      number: 4,
      broadcast: '2024-01-31T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'stated',
      datedSourceIds: ['sportskeeda-episode-4', 'pinkvilla-2024-01-27'],
      crunchyroll: {
        available: '2024-01-31T18:25:00Z',
        basis: 'reported',
        sourceIds: ['sportskeeda-episode-4'],
      },
    },
    {
      number: 5,
      broadcast: '2024-02-07T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'stated',
      datedSourceIds: ['sportskeeda-episode-5'],
      crunchyroll: {
        available: '2024-02-07T18:25:00Z',
        basis: 'reported',
        sourceIds: ['sportskeeda-episode-5'],
      },
    },
    {
      number: 6,
      broadcast: '2024-02-14T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: slotSourceIds,
      crunchyroll: { available: '2024-02-14T18:25:00Z', ...expectedStream },
    },
    {
      number: 7,
      broadcast: '2024-02-21T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'stated',
      datedSourceIds: ['sportskeeda-episode-7', 'pinkvilla-episode-7'],
      crunchyroll: {
        available: '2024-02-21T18:25:00Z',
        basis: 'reported',
        sourceIds: ['sportskeeda-episode-7'],
      },
    },
    {
      number: 8,
      broadcast: '2024-02-28T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: slotSourceIds,
      crunchyroll: { available: '2024-02-28T18:25:00Z', ...expectedStream },
    },
    {
      number: 9,
      broadcast: '2024-03-06T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: slotSourceIds,
      crunchyroll: { available: '2024-03-06T18:25:00Z', ...expectedStream },
    },
    {
      number: 10,
      broadcast: '2024-03-13T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: slotSourceIds,
      crunchyroll: { available: '2024-03-13T18:25:00Z', ...expectedStream },
    },
    {
      number: 11,
      broadcast: '2024-03-20T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: slotSourceIds,
      crunchyroll: { available: '2024-03-20T18:25:00Z', ...expectedStream },
    },
    {
      number: 12,
      broadcast: '2024-03-27T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'slot',
      datedSourceIds: slotSourceIds,
      crunchyroll: { available: '2024-03-27T18:25:00Z', ...expectedStream },
    },
    {
      number: 13,
      broadcast: '2024-04-03T15:55:00Z',
      zone: 'Asia/Tokyo',
      dated: 'stated',
      datedSourceIds: ['wikipedia-mirror', 'anilist-aniproject'],
      datedNote: 'Dated by the end of the run, which both sources give as 4 April 2024.',
      crunchyroll: { available: '2024-04-03T18:25:00Z', ...expectedStream },
    },
  ],
};

/**
 * Sources for the open data, beside the show's own `sources` (whose ids the data above reuses:
 * ann-2023-12-07, natalie-2023-12-07, pinkvilla-2024-01-27, theanime-2024-01).
 * No title or address here may name an episode or a plot point. Where a page's address does,
 * the entry describes the page and leaves the address out; the episode's gated module carries
 * the full entry under the same id.
 */
export const metallicRougeRunSources: EpisodeSource[] = [
  {
    id: 'crunchyroll-data-2024-01-24',
    publication: 'Crunchyroll (data)',
    title:
      'API listing of recent releases, France region, fetched 24 January 2024 at 18:45 UTC (kept as a test file in the Shikkanime/core repository)',
    date: '2024-01-24',
    url: 'https://github.com/Shikkanime/core/blob/a08b791fd9778b0832694c7eaf4a5ca862871125/src/test/resources/crunchyroll/api-2024-01-24T18-45-00Z.json',
  },
  {
    id: 'animatetimes-2024-03',
    publication: 'animate Times',
    title:
      'Episode 9 scene stills and synopsis, with the official report on the episode 8 and 9 advance screening',
    date: '2024-03',
    url: 'https://www.animatetimes.com/news/details.php?id=1709693822',
  },
  {
    id: 'nordot-2024-01',
    publication: 'nordot (press text)',
    title: 'Episode 1 scene stills, synopsis and staff, with the streaming plan in Japan',
    date: '2024-01',
    url: 'https://nordot.app/1112587558530564103?c=388701204576175201',
  },
  {
    id: 'sportskeeda-episode-4',
    publication: 'Sportskeeda',
    title: 'Episode 4 release date and time page',
    date: '2024-01-27',
    url: 'https://www.sportskeeda.com/anime/metallic-rouge-episode-4-release-date-time-watch',
  },
  {
    id: 'sportskeeda-episode-5',
    publication: 'Sportskeeda',
    title: 'Episode 5 release date and time page',
    date: '2024-02-04',
    url: 'https://www.sportskeeda.com/anime/metallic-rouge-episode-5-release-date-time-watch',
  },
  {
    id: 'sportskeeda-episode-7',
    publication: 'Sportskeeda',
    title: 'Episode 7 release date and time page',
    date: '2024-02-16',
    url: 'https://www.sportskeeda.com/anime/metallic-rouge-episode-7-release-date-time-watch',
  },
  {
    // Its address names a plot point; the full entry is in episode 7's module.
    id: 'pinkvilla-episode-7',
    publication: 'Pinkvilla',
    title: 'Episode 7 release-time article',
    date: '2024',
  },
  {
    // Its address names a plot point; the full entry is in episode 13's module.
    id: 'pinkvilla-episode-13',
    publication: 'Pinkvilla',
    title: 'Episode 13 release-time article',
    date: '2024-03-30',
  },
  {
    id: 'thereviewgeek-episode-2',
    publication: 'The Review Geek',
    title: 'Episode 2 release date and time page',
    date: '2024-01',
    url: 'https://www.thereviewgeek.com/metallicrouge-s1e2releasedate/',
  },
  {
    id: 'thereviewgeek-episode-3',
    publication: 'The Review Geek',
    title: 'Episode 3 preview: release date, time and where to watch',
    date: '2024-01',
    url: 'https://www.thereviewgeek.com/metallicrouge-s1e3releasedate/',
  },
  {
    id: 'thereviewgeek-episode-4',
    publication: 'The Review Geek',
    title: 'Episode 4 preview: release date, time and where to watch',
    date: '2024-01',
    url: 'https://www.thereviewgeek.com/metallicrouge-s1e4releasedate/',
  },
  {
    id: 'thereviewgeek-season-review',
    publication: 'The Review Geek',
    title: 'Review of the 13-episode first season',
    date: '2024',
    url: 'https://www.thereviewgeek.com/metallicrouge-s1review/',
  },
  {
    id: 'wikipedia-mirror',
    publication: 'Wikipedia (via the jablog mirror)',
    title: 'Metallic Rouge article: broadcast dates and episode count',
    date: '2024',
    url: 'https://jablog.org/Metallic+Rouge+%E3%82%92%E6%9C%80%E8%BF%91%E7%B7%A8%E9%9B%86%E3%81%97%E3%81%9F%E3%81%A8%E3%81%8D%E3%81%AB%E3%80%81%E6%9B%96%E6%98%A7%E3%81%95%E5%9B%9E%E9%81%BF%E3%83%9A%E3%83%BC%E3%82%B8/Metallic_Rouge',
  },
  {
    id: 'anilist-aniproject',
    publication: 'AniList data (via aniproject)',
    title: 'Metallic Rouge entry: episode count and end date',
    date: '2024',
    url: 'https://aniproject-dev.vercel.app/media/162985',
  },
];
