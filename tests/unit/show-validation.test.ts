import { describe, expect, it } from 'vitest';
import { ShowDataError } from '../../src/data/show-data-error.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { validateShow } from '../../src/data/validate-show.ts';
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

describe('sources in the real data', () => {
  const known = new Set(metallicRouge.sources.map((source) => source.id));

  /** Every object in the data that states something: it has an id, a name, a title or a summary. */
  function citedFacts(node: unknown, path = ''): { path: string; sourceIds: unknown }[] {
    if (Array.isArray(node))
      return node.flatMap((child, index) => citedFacts(child, `${path}[${index}]`));
    if (node === null || typeof node !== 'object') return [];
    const entries = Object.entries(node);
    const here = 'sourceIds' in node ? [{ path, sourceIds: node.sourceIds }] : [];
    return [
      ...here,
      ...entries.flatMap(([key, child]) =>
        key === 'sourceIds' ? [] : citedFacts(child, path ? `${path}.${key}` : key),
      ),
    ];
  }

  it('cites only sources that exist', () => {
    for (const fact of citedFacts(metallicRouge)) {
      for (const id of fact.sourceIds as string[])
        expect(known, `${fact.path} cites ${id}`).toContain(id);
    }
  });

  it('gives every fact at least one source', () => {
    const facts = [
      metallicRouge.title,
      metallicRouge.format,
      metallicRouge.studio,
      metallicRouge.premiere,
      ...metallicRouge.broadcast.japan,
      ...metallicRouge.broadcast.streaming,
      ...metallicRouge.themeSongs,
      ...metallicRouge.timeline,
      ...metallicRouge.timeline.map((step) => step.release),
      ...metallicRouge.staff,
      ...metallicRouge.cast,
    ];
    for (const fact of facts) expect(fact.sourceIds.length).toBeGreaterThan(0);
  });

  it('stores every instant in UTC', () => {
    const instants = [
      metallicRouge.premiere.start,
      ...metallicRouge.timeline.map((step) => step.release.start),
    ];
    for (const instant of instants) expect(instant).toMatch(/Z$/);
  });
});
