import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Reads a production build from disk; what the budget and validity tests look at. */
export const DIST = process.env.DIST_DIR ?? 'dist';

export const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');

export function gzipBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** A file of the build by its path inside dist/ (`assets/index-abc.js`, `boot.js`). */
export function distText(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** Every file in dist/assets, as a path inside dist/. */
export function allAssets(): string[] {
  return readdirSync(join(DIST, 'assets')).map((file) => `assets/${file}`);
}

/** `/assets/index-abc.js` or `/some/path/assets/index-abc.js` → `assets/index-abc.js` */
function distPath(url: string): string {
  const assets = url.indexOf('assets/');
  return assets === -1 ? url.slice(url.lastIndexOf('/') + 1) : url.slice(assets);
}

/** Scripts the HTML asks for up front: classic and module scripts, and modulepreload links. */
export function htmlScripts(): string[] {
  const scripts = [...indexHtml.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)];
  const preloads = [...indexHtml.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)];
  return [...scripts, ...preloads].map((match) => distPath(match[1]!));
}

/** Files a chunk imports statically (`import{a}from"./x.js"`), which load before it runs. */
export function staticImports(path: string): string[] {
  const code = distText(path);
  return [...code.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)].map(
    (match) => `assets/${match[1]!}`,
  );
}

/** Every script the first load brings in: the HTML's scripts and everything they import statically. */
export function firstLoadScripts(): string[] {
  const found = new Set<string>();
  const visit = (path: string): void => {
    if (found.has(path)) return;
    found.add(path);
    if (path.startsWith('assets/')) staticImports(path).forEach(visit);
  };
  htmlScripts().forEach(visit);
  return [...found];
}

/** Stylesheets the HTML links (the build writes the page's own into it instead). */
export function linkedStyles(): string[] {
  return [...indexHtml.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((match) =>
    distPath(match[1]!),
  );
}

/** The text of every <style> block in the HTML. */
export function inlineStyles(): string[] {
  return [...indexHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
}

/** The code of every inline script that runs (not the JSON data blocks). */
export function inlineScripts(): string[] {
  return [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=|type="application\/(ld\+)?json"/.test(attributes ?? ''))
    .map(([, , code]) => code!);
}
