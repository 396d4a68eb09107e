import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Reads a production build from disk; what the budget and validity tests look at. */
export const DIST = process.env.DIST_DIR ?? 'dist';

export const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');

export function gzipBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

export function assetText(file: string): string {
  return readFileSync(join(DIST, 'assets', file), 'utf8');
}

export function allAssets(): string[] {
  return readdirSync(join(DIST, 'assets'));
}

/** `/assets/index-abc.js` or `/base/assets/index-abc.js` → `index-abc.js` */
function assetName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/** Scripts the HTML asks for up front: module entries and modulepreload links. */
function htmlScripts(): string[] {
  const entries = [...indexHtml.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)];
  const preloads = [...indexHtml.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)];
  return [...entries, ...preloads].map((match) => assetName(match[1]!));
}

/** Files a chunk imports statically (`import{a}from"./x.js"`), which load before it runs. */
function staticImports(file: string): string[] {
  const code = assetText(file);
  return [...code.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)].map(
    (match) => match[1]!,
  );
}

/**
 * Every script the first load brings in: the HTML's scripts, the hydration chunk the entry
 * imports right after the first frame (src/main.tsx), and everything those import statically.
 * Counting the hydration chunk keeps the budget honest: deferring script is not shipping less.
 */
export function firstPaintScripts(): string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    found.add(file);
    staticImports(file).forEach(visit);
  };
  htmlScripts().forEach(visit);
  allAssets()
    .filter((file) => /^hydrate-[\w-]+\.js$/.test(file))
    .forEach(visit);
  return [...found];
}

export function firstPaintStyles(): string[] {
  return [...indexHtml.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((match) =>
    assetName(match[1]!),
  );
}
