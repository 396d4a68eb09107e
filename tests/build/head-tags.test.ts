import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { DIST, indexHtml } from './build-output.ts';

function metaContent(attribute: 'name' | 'property', key: string): string | undefined {
  const pattern = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`);
  return pattern.exec(indexHtml)?.[1];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing and search tags in the built page', () => {
  it('carries JSON-LD that parses and matches the data module', () => {
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(indexHtml)?.[1];
    expect(json).toBeDefined();
    const jsonLd = JSON.parse(json!) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      '@type': 'TVSeries',
      name: metallicRouge.title.english,
      alternateName: metallicRouge.title.native.text,
      startDate: metallicRouge.premiere.start,
      productionCompany: { name: metallicRouge.studio.name },
    });
    expect(jsonLd.actor).toHaveLength(metallicRouge.cast.length);
  });

  it('has a title, description, canonical URL, Open Graph and Twitter card', () => {
    expect(indexHtml).toMatch(/<title>Metallic Rouge[^<]+<\/title>/);
    expect(metaContent('name', 'description')?.length).toBeGreaterThan(50);
    expect(indexHtml).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/"/);
    expect(metaContent('property', 'og:title')).toContain('Metallic Rouge');
    expect(metaContent('property', 'og:image')).toMatch(/^https?:\/\/.+\/og-image\.png$/);
    expect(metaContent('name', 'twitter:card')).toBe('summary_large_image');
    expect(indexHtml).toMatch(/<meta name="theme-color"/);
  });

  it('carries the vector icon itself, so showing it asks the network for nothing', () => {
    const href = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"/.exec(indexHtml)?.[1];
    expect(href).toMatch(/^data:image\/svg\+xml,/);
    const svg = decodeURIComponent(href!.slice('data:image/svg+xml,'.length));
    expect(svg).toBe(readFileSync('public/favicon.svg', 'utf8').trim());
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1];
    expect(policy).toContain("img-src 'self' data:;");
  });

  it('ships the share image at 1200×630 and the icons the tags name', () => {
    expect(pngSize(join(DIST, 'og-image.png'))).toEqual({ width: 1200, height: 630 });
    for (const icon of ['favicon.svg', 'favicon-32.png', 'apple-touch-icon.png']) {
      expect(existsSync(join(DIST, icon)), icon).toBe(true);
    }
  });

  it('ships a web app manifest whose icons exist', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toContain('Metallic Rouge');
    for (const icon of manifest.icons)
      expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
  });
});
