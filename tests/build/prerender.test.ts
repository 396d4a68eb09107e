import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';

const html = readFileSync('dist/index.html', 'utf8');

describe('the pre-rendered page', () => {
  it('carries the title and every staff name in its first HTML', () => {
    expect(html).toMatch(new RegExp(`<h1[^>]*>${metallicRouge.title.english}`));
    for (const person of metallicRouge.staff) expect(html).toContain(person.name);
  });

  it('hands the show query to the client as non-executable JSON, and nothing else', () => {
    const json = /<script type="application\/json" id="query-state">(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    const state = JSON.parse(json ?? 'null') as {
      queries: { queryKey: unknown; state: { status: string; data: { id: string } } }[];
    };
    expect(state.queries.map((query) => query.queryKey)).toEqual([['show', 'metallic-rouge']]);
    expect(state.queries[0]?.state.status).toBe('success');
    expect(state.queries[0]?.state.data.id).toBe('metallic-rouge');
  });
});
