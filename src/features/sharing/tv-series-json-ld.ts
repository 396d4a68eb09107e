import type { Show } from '../../data/show-types.ts';

/**
 * schema.org TVSeries for search engines, built from the same data the page shows, so the two
 * can never disagree. Only facts that are not spoilers go in.
 */
export function tvSeriesJsonLd(show: Show) {
  const person = (name: string) => ({ '@type': 'Person', name });
  const directors = show.staff.filter((member) =>
    member.roles.some((role) => role === 'Chief Director' || role === 'Director'),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'TVSeries',
    name: show.title.english,
    alternateName: show.title.native.text,
    description: show.tagline,
    genre: show.format.genres,
    startDate: show.premiere.start,
    productionCompany: { '@type': 'Organization', name: show.studio.name },
    director: directors.map((member) => person(member.name)),
    actor: show.cast.map((member) => person(member.voice.name)),
    character: show.cast.map((member) => person(member.character.name)),
  };
}
