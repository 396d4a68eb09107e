import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';

const html = readFileSync('dist/index.html', 'utf8');

describe('the pre-rendered page', () => {
  it('carries the title and every staff name in its first HTML', () => {
    expect(html).toMatch(new RegExp(`<h1[^>]*>${metallicRouge.title.english}`));
    for (const person of metallicRouge.staff) expect(html).toContain(person.name);
  });

  it('hands its query state to the client as non-executable JSON', () => {
    expect(html).toMatch(/<script type="application\/json" id="query-state">\{/);
  });
});
