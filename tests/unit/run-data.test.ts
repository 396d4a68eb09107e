import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  broadcastRunSchema,
  episodeDetailSchema,
  type EpisodeDetail,
  type EpisodeSource,
} from '../../src/data/episode-schema.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import {
  metallicRougeRun,
  metallicRougeRunSources,
} from '../../src/data/shows/metallic-rouge-run.ts';
import { formatPath } from '../../src/data/validate-show.ts';

const modules = import.meta.glob<{ episode: EpisodeDetail }>(
  '../../src/data/episodes/metallic-rouge-episode-*.ts',
  { eager: true },
);
const details = Object.keys(modules)
  .sort()
  .map((file) => ({ file, episode: modules[file]!.episode }));

// The show's sources include the run's: everything a visitor can see before any gate opens.
const openSources: EpisodeSource[] = metallicRouge.sources;
const openIds = new Set(openSources.map((source) => source.id));

interface Problem {
  path: string;
  value: unknown;
  message: string;
}

/** Every issue as path, value found and message, so a failure reads like the page's errors. */
function problemsOf(schema: v.GenericSchema, data: unknown): Problem[] {
  const result = v.safeParse(schema, data);
  if (result.success) return [];
  return result.issues.map((issue) => ({
    path: formatPath(issue.path ?? []),
    value: issue.input,
    message: issue.message,
  }));
}

/** A deep copy of `data` with the value at `keys` replaced. */
function damaged(data: unknown, keys: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data);
  let node = copy as Record<string | number, unknown>;
  keys.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  node[keys[keys.length - 1]!] = value;
  return copy;
}

/** Every id cited anywhere below `node`, with the path where it is cited. */
function citedIds(node: unknown, path = ''): { path: string; id: string }[] {
  if (Array.isArray(node)) {
    return node.flatMap((child, index) => citedIds(child, `${path}[${index}]`));
  }
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    if (/^(sourceIds|\w+SourceIds)$/.test(key) && Array.isArray(child)) {
      return child.map((id, index) => ({ path: `${childPath}[${index}]`, id: String(id) }));
    }
    return citedIds(child, childPath);
  });
}

function wallClock(instant: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value;
  return {
    weekday: part('weekday'),
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

describe('broadcast run data', () => {
  it('passes its schema', () => {
    expect(problemsOf(broadcastRunSchema, metallicRougeRun)).toEqual([]);
  });

  it('has one detail module per episode, each passing its schema', () => {
    expect(details.map(({ episode }) => episode.number)).toEqual(
      metallicRougeRun.episodes.map(({ number }) => number),
    );
    for (const { file, episode } of details) {
      expect(file).toContain(`episode-${String(episode.number).padStart(2, '0')}.ts`);
      expect(problemsOf(episodeDetailSchema, episode)).toEqual([]);
    }
  });

  it.each([
    ['a local (zoneless) time', ['episodes', 0, 'broadcast'], '2024-01-11T00:55:00'],
    ['a gap in the numbering', ['episodes', 4, 'number'], 6],
    [
      'a broadcast no later than the one before',
      ['episodes', 6, 'broadcast'],
      '2024-02-14T15:55:00Z',
    ],
    [
      'a stream before the broadcast',
      ['episodes', 2, 'crunchyroll', 'available'],
      '2024-01-24T15:00:00Z',
    ],
    ['an unknown way of dating', ['episodes', 8, 'dated'], 'guessed'],
    ['a slot that is not the listed one', ['weeklySlot', 'local', 'time'], '01:55'],
    ['a disagreement without a source', ['crunchyroll', 'disagreements', 1, 'sourceIds'], []],
    ['an episode count the list does not match', ['episodeCount', 'value'], 12],
  ])('rejects %s in the run, naming the field and the value', (_label, keys, value) => {
    const problems = problemsOf(broadcastRunSchema, damaged(metallicRougeRun, keys, value));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: formatPath(keys.map((key) => ({ key }))), value }),
    );
  });

  it.each([
    [
      'a Japanese title without its act number',
      ['title', 'japanese'],
      '紅は暁に奏でる',
      'title.japanese',
      '紅は暁に奏でる',
    ],
    [
      'a missing synopsis without a reason',
      ['synopsis'],
      { basis: 'none' },
      'synopsis.reason',
      undefined,
    ],
    [
      'a source date that does not exist',
      ['sources', 0, 'date'],
      '2024-02-30',
      'sources[0].date',
      '2024-02-30',
    ],
  ])('rejects %s in a detail module', (_label, keys, value, path, found) => {
    const problems = problemsOf(episodeDetailSchema, damaged(details[0]!.episode, keys, value));
    expect(problems).toContainEqual(expect.objectContaining({ path, value: found }));
  });
});

describe('sources', () => {
  it("adds open sources whose ids do not clash with the show's own", () => {
    const ids = openSources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every id cited in the open data to an open source', () => {
    const unknown = citedIds(metallicRougeRun).filter(({ id }) => !openIds.has(id));
    expect(unknown).toEqual([]);
  });

  it.each(details)('resolves every id in $file to an open source or its own', ({ episode }) => {
    const ownIds = episode.sources.map((source) => source.id);
    expect(new Set(ownIds).size).toBe(ownIds.length);
    const known = new Set([...openIds, ...ownIds]);
    expect(citedIds(episode).filter(({ id }) => !known.has(id))).toEqual([]);
  });

  it("keeps an episode's full form of an open source consistent with the neutral one", () => {
    for (const { episode } of details) {
      for (const own of episode.sources.filter((source) => openIds.has(source.id))) {
        const open = openSources.find((source) => source.id === own.id)!;
        expect(open.url).toBeUndefined();
        expect(own.url).toBeDefined();
        expect([own.publication, own.date]).toEqual([open.publication, open.date]);
      }
    }
  });

  it('gives a source cited by several episodes the same entry in each', () => {
    const byId = new Map<string, EpisodeSource>();
    for (const source of details.flatMap(({ episode }) => episode.sources)) {
      expect(source).toEqual(byId.get(source.id) ?? source);
      byId.set(source.id, source);
    }
  });
});

describe('broadcast times', () => {
  const episodes = metallicRougeRun.episodes;

  it('lists 13 episodes', () => {
    expect(episodes).toHaveLength(13);
    expect(metallicRougeRun.episodeCount.value).toBe(13);
  });

  it('stores the instants the fact sheet gives', () => {
    expect(episodes[0]!.broadcast).toBe('2024-01-10T15:55:00Z');
    expect(episodes[8]!.broadcast).toBe('2024-03-06T15:55:00Z');
    expect(episodes[9]!.broadcast).toBe('2024-03-13T15:55:00Z');
    expect(episodes[12]!.broadcast).toBe('2024-04-03T15:55:00Z');
  });

  it('airs every episode on a Thursday at 00:55 in Tokyo, a week apart, 11 Jan to 4 Apr 2024', () => {
    const tokyo = episodes.map(({ broadcast }) => wallClock(broadcast, 'Asia/Tokyo'));
    for (const clock of tokyo) expect([clock.weekday, clock.time]).toEqual(['Thursday', '00:55']);
    expect(tokyo[0]!.date).toBe('2024-01-11');
    expect(tokyo[12]!.date).toBe('2024-04-04');
    const days = tokyo.map(({ date }) => Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    expect(days.slice(1).map((day, index) => day - days[index]!)).toEqual(Array(12).fill(7));
  });

  it('moves an hour later in Los Angeles once US daylight saving starts (episode 10)', () => {
    const times = episodes.map(({ broadcast }) => wallClock(broadcast, 'America/Los_Angeles').time);
    expect(times).toEqual([...Array<string>(9).fill('07:55'), ...Array<string>(4).fill('08:55')]);
  });

  it('has Crunchyroll two and a half hours after each broadcast', () => {
    expect(episodes[0]!.crunchyroll.available).toBe('2024-01-10T18:25:00Z');
    expect(episodes[12]!.crunchyroll.available).toBe('2024-04-03T18:25:00Z');
    for (const { broadcast, crunchyroll } of episodes) {
      expect(Date.parse(crunchyroll.available) - Date.parse(broadcast)).toBe(150 * 60_000);
    }
  });

  it('calls the stream time reported exactly for episodes 3, 4, 5 and 7', () => {
    const reported = episodes.filter((e) => e.crunchyroll.basis === 'reported');
    expect(reported.map(({ number }) => number)).toEqual([3, 4, 5, 7]);
    const timed = episodes.filter((e) => e.crunchyroll.runtimeSeconds !== undefined);
    expect(timed.map((e) => [e.number, e.crunchyroll.runtimeSeconds])).toEqual([[3, 1370]]);
  });
});

describe('spoilers in the open data', () => {
  const openJson = JSON.stringify({ metallicRougeRun, metallicRougeRunSources }).toLowerCase();

  /** Each title as written, without 第N幕 and its brackets, and as it appears in an address. */
  const titleForms = details.flatMap(({ episode }) => {
    const { english, japanese, variants } = episode.title;
    const inner = japanese.replace(/^第.+?幕「(.+)」$/, '$1');
    return [english, japanese, inner, ...variants.map((variant) => variant.text)].flatMap(
      (form) => [form, encodeURIComponent(form)],
    );
  });

  it.each(titleForms)('never contains the title “%s”', (form) => {
    expect(openJson).not.toContain(form.toLowerCase());
  });

  it('works out the inner Japanese titles it checks for', () => {
    expect(titleForms).toContain('紅は暁に奏でる');
    expect(titleForms).toContain(encodeURIComponent('コード・イヴ'));
  });

  it.each([/identity/, /endgame/, /\broy\b/, /puppetmaster/, /guardian bureau/, /proto-nean/])(
    'never names the plot point %s',
    (pattern) => {
      expect(openJson).not.toMatch(pattern);
    },
  );
});
