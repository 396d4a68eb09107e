import faviconSvg from '../../../public/favicon.svg?raw';
import type { Show } from '../../data/show-types.ts';
import { jsonScript } from '../../lib/json-script.ts';

/** Colours of the browser UI around the page, matching --color-page in each scheme. */
const THEME_COLOR = { dark: '#070a12', light: '#f4f5f8' };

interface HeadOptions {
  /** Absolute URL the page is published at, ending in `/` (canonical, Open Graph). */
  siteUrl: string;
  /** The build's base path, ending in `/`, for files in public/. */
  base: string;
}

/** The <head> tags for sharing and search, generated at build time from the show's data. */
export function headTags(show: Show, { siteUrl, base }: HeadOptions): string {
  const title = `${show.title.english} (${show.title.native.text}) — premiere, staff and cast`;
  const description = `${show.title.english}, from studio ${show.studio.name}. ${show.tagline} When it premiered, where to watch, who made it and who voices whom: every fact sourced, the story hidden until you ask.`;
  const image = new URL('og-image.png', siteUrl).href;
  const imageAlt = `${show.title.english} title card: a red planet over a night-blue grid`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(siteUrl)}" />`,
    // The icon rides in the HTML: as a file it was one more request at the first paint, and
    // Lighthouse's simulation counted its round trip into the largest paint.
    `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(faviconSvg.trim())}" type="image/svg+xml" />`,
    `<link rel="icon" href="${base}favicon-32.png" type="image/png" sizes="32x32" />`,
    `<link rel="apple-touch-icon" href="${base}apple-touch-icon.png" />`,
    `<link rel="manifest" href="${base}manifest.webmanifest" />`,
    `<meta name="theme-color" content="${THEME_COLOR.dark}" media="(prefers-color-scheme: dark)" />`,
    `<meta name="theme-color" content="${THEME_COLOR.light}" media="(prefers-color-scheme: light)" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', show.title.english),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', siteUrl),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', imageAlt),
    jsonScript(tvSeriesJsonLd(show), 'type="application/ld+json"'),
  ];
  return tags.join('\n    ');
}

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

function meta(kind: 'name' | 'property', key: string, content: string): string {
  return `<meta ${kind}="${key}" content="${escapeHtml(content)}" />`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
