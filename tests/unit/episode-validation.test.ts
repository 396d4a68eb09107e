import { describe, expect, it } from 'vitest';
import type { EpisodeDetail } from '../../src/data/episode-schema.ts';
import { episodeLoaders } from '../../src/data/episode-registry.ts';
import { ShowDataError } from '../../src/data/show-data-error.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { sourcesFor, withEpisodeSources } from '../../src/data/sources.ts';
import { validateEpisodeDetail } from '../../src/data/validate-show.ts';
import { episode as episode7 } from '../../src/data/episodes/metallic-rouge-episode-07.ts';
import { episode as episode13 } from '../../src/data/episodes/metallic-rouge-episode-13.ts';

function problemsOf(data: unknown, expectedNumber?: number) {
  try {
    validateEpisodeDetail(data, metallicRouge, expectedNumber);
  } catch (error) {
    if (error instanceof ShowDataError) return error.problems;
    throw error;
  }
  throw new Error('expected the episode to be rejected');
}

function edited(edit: (episode: EpisodeDetail) => void): unknown {
  const copy = structuredClone(episode7);
  edit(copy);
  return copy;
}

describe('episode validation', () => {
  it('accepts every registered episode module under its own number', async () => {
    const loaders = episodeLoaders['metallic-rouge'] ?? {};
    const count = metallicRouge.run?.episodeCount.value ?? 0;
    expect(Object.keys(loaders).map(Number)).toEqual(
      Array.from({ length: count }, (_, index) => index + 1),
    );
    for (const [number, load] of Object.entries(loaders)) {
      const { episode } = await load();
      expect(validateEpisodeDetail(episode, metallicRouge, Number(number))).toEqual(episode);
    }
  });

  it('names a source id that is neither the show’s nor the episode’s own', () => {
    const problems = problemsOf(
      edited((episode) => {
        episode.title.sourceIds = ['moview-episode-7', 'nowhere-news'];
      }),
    );
    expect(problems).toEqual([
      { path: 'title.sourceIds[1]', value: 'nowhere-news', message: 'is not the id of any source' },
    ]);
  });

  it('names an own source listed twice', () => {
    const problems = problemsOf(
      edited((episode) => {
        episode.sources.push(structuredClone(episode.sources[0]!));
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'sources[4].id', value: 'moview-episode-7' }),
    );
  });

  it('rejects a module registered under another episode’s number', () => {
    expect(problemsOf(episode7, 8)).toEqual([{ path: 'number', value: 7, message: 'must be 8' }]);
  });

  it('reports a broken shape with the field and the value, like the show', () => {
    const problems = problemsOf(
      edited((episode) => {
        episode.title.japanese = 'Appropriate Gear';
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'title.japanese', value: 'Appropriate Gear' }),
    );
  });
});

describe("an episode's sources", () => {
  it('replace the open entry with the same id by the full form, address included', () => {
    const open = metallicRouge.sources.find((source) => source.id === 'pinkvilla-episode-13');
    expect(open?.url).toBeUndefined();
    const merged = withEpisodeSources(metallicRouge.sources, episode13.sources);
    const cited = sourcesFor(merged, ['pinkvilla-episode-13']);
    expect(cited).toHaveLength(1);
    expect(cited[0]?.url).toMatch(/^https:\/\/www\.pinkvilla\.com\//);
  });

  it('keep the open sources the episode does not replace', () => {
    const merged = withEpisodeSources(metallicRouge.sources, episode7.sources);
    expect(sourcesFor(merged, ['ann-2023-12-07', 'moview-episode-7']).map((s) => s.id)).toEqual([
      'ann-2023-12-07',
      'moview-episode-7',
    ]);
  });
});
