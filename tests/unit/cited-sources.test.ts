import { describe, expect, it } from 'vitest';
import { citedSources } from '../../src/data/cited-sources.ts';
import type { Source } from '../../src/data/show-types.ts';

function source(id: string): Source {
  return { id, publication: `Paper ${id}`, date: '2024-01-01', title: `Report ${id}` };
}

const SOURCES = ['a', 'b', 'c', 'd'].map(source);

describe('citedSources', () => {
  it('lists each cited source once, in the order the data first cites it', () => {
    const data = [
      { sourceIds: ['c', 'a'] },
      { episodes: [{ sourceIds: ['a'] }, { datedSourceIds: ['b'], claimSourceIds: ['c'] }] },
    ];
    expect(citedSources(SOURCES, data).map((cited) => cited.id)).toEqual(['c', 'a', 'b']);
  });

  it('leaves out sources nothing cites, and ids no source has', () => {
    expect(citedSources(SOURCES, { sourceIds: ['zz', 'd'] }).map((cited) => cited.id)).toEqual([
      'd',
    ]);
    expect(citedSources(SOURCES, { note: 'no citations' })).toEqual([]);
  });
});
