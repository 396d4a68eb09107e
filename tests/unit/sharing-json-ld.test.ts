import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { tvSeriesJsonLd } from '../../src/features/sharing/head-tags.ts';
import { jsonScript } from '../../src/lib/json-script.ts';
import { fixtureShow } from '../fixtures/fixture-show.ts';

describe('TVSeries JSON-LD', () => {
  it('states the show as the data module has it', () => {
    const jsonLd = tvSeriesJsonLd(metallicRouge);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TVSeries',
      name: 'Metallic Rouge',
      alternateName: 'メタリックルージュ',
      startDate: '2024-01-10T15:55:00Z',
      productionCompany: { '@type': 'Organization', name: 'BONES' },
    });
    expect(jsonLd.director.map((person) => person.name)).toEqual([
      'Yutaka Izubuchi',
      'Motonobu Hori',
    ]);
    expect(jsonLd.actor.map((person) => person.name)).toEqual(
      metallicRouge.cast.map((member) => member.voice.name),
    );
  });

  it('is built from the data, not written for one show', () => {
    const jsonLd = tvSeriesJsonLd(fixtureShow);
    expect(jsonLd.name).toBe(fixtureShow.title.english);
    expect(jsonLd.director.map((person) => person.name)).toEqual(['Aki Tanaka']);
    expect(jsonLd.actor).toEqual([]);
  });

  it('never lets data close the script element it sits in', () => {
    const script = jsonScript({ name: '</script><script>alert(1)</script>' }, 'type="x"');
    const text = script.slice('<script type="x">'.length, -'</script>'.length);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
