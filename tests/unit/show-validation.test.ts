import { describe, expect, it } from 'vitest';
import { ShowDataError } from '../../src/data/show-data-error.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { part as episodeOne } from '../../src/data/synopsis/metallic-rouge-episode-1.ts';
import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { validateShow, validateSynopsisPart } from '../../src/data/validate-show.ts';
import { fixtureShow } from '../fixtures/fixture-show.ts';

/** A deep copy of the real data with one change made by `edit`. */
function broken(edit: (show: typeof metallicRouge) => void): unknown {
  const copy = structuredClone(metallicRouge);
  edit(copy);
  return copy;
}

function problemsOf(data: unknown) {
  try {
    validateShow(data, 'metallic-rouge');
  } catch (error) {
    if (error instanceof ShowDataError) return error.problems;
    throw error;
  }
  throw new Error('expected the data to be rejected');
}

describe('show validation', () => {
  it('accepts the real Metallic Rouge module and the fixture show', () => {
    expect(validateShow(metallicRouge, 'metallic-rouge')).toEqual(metallicRouge);
    expect(validateShow(fixtureShow, 'fixture-show')).toEqual(fixtureShow);
  });

  it.each([
    [
      'a bad date',
      (show: typeof metallicRouge) => {
        show.premiere.start = '2024-13-10T15:55:00Z';
      },
      'premiere.start',
      '2024-13-10T15:55:00Z',
    ],
    [
      'a local (zoneless) time',
      (show: typeof metallicRouge) => {
        show.premiere.start = '2024-01-11T00:55:00';
      },
      'premiere.start',
      '2024-01-11T00:55:00',
    ],
    [
      'a date that does not exist',
      (show: typeof metallicRouge) => {
        show.sources[0]!.date = '2023-02-30';
      },
      'sources[0].date',
      '2023-02-30',
    ],
    [
      'an unknown source id',
      (show: typeof metallicRouge) => {
        show.cast[3]!.sourceIds = ['ann-2023-12-07', 'nowhere-news'];
      },
      'cast[3].sourceIds[1]',
      'nowhere-news',
    ],
    [
      'an empty name',
      (show: typeof metallicRouge) => {
        show.staff[2]!.name = '';
      },
      'staff[2].name',
      '',
    ],
    [
      'a duplicate id',
      (show: typeof metallicRouge) => {
        show.cast[1]!.id = show.cast[0]!.id;
      },
      'cast[1].id',
      'rouge-redstar',
    ],
    [
      'a fact without a source',
      (show: typeof metallicRouge) => {
        show.staff[0]!.sourceIds = [];
      },
      'staff[0].sourceIds',
      [],
    ],
    [
      'an unknown precision',
      (show: typeof metallicRouge) => {
        (show.premiere as { precision: string }).precision = 'week';
      },
      'premiere.precision',
      'week',
    ],
    [
      'an unknown time zone',
      (show: typeof metallicRouge) => {
        show.premiere.zone = 'Mars/Canal_City';
      },
      'premiere.zone',
      'Mars/Canal_City',
    ],
  ])('rejects %s and names the field and the value', (_kind, edit, path, value) => {
    const problems = problemsOf(broken(edit));
    expect(problems).toContainEqual(expect.objectContaining({ path, value }));
  });

  it('says the path and the value in its message', () => {
    const data = broken((show) => {
      show.staff[2]!.name = '';
    });
    expect(() => validateShow(data, 'metallic-rouge')).toThrow(
      /staff\[2\]\.name must not be empty \(found ""\)/,
    );
  });

  it('rejects something that is not a show at all', () => {
    expect(problemsOf(null)).toHaveLength(1);
    expect(problemsOf({})).toContainEqual(expect.objectContaining({ path: 'id' }));
  });
});

describe('story validation', () => {
  const parts = [premise, episodeOne];

  it('accepts every part of the real story', () => {
    for (const part of parts) expect(validateSynopsisPart(part, metallicRouge)).toEqual(part);
  });

  it('names a source id the show does not have, and an empty paragraph', () => {
    const part = { ...structuredClone(premise), sourceIds: ['ann-2023-03-22', 'made-up'] };
    expect(() => validateSynopsisPart(part, metallicRouge)).toThrow(
      /sourceIds\[1\] is not the id of any source \(found "made-up"\)/,
    );
    const empty = { ...structuredClone(episodeOne), paragraphs: ['  '] };
    expect(() => validateSynopsisPart(empty, metallicRouge)).toThrow(
      /paragraphs\[0\] must not be empty/,
    );
  });
});
