// Builds the client, then renders the page with React's server renderer into dist/index.html,
// with what the first paint needs (boot.js and the stylesheet) written into it.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, minify } from 'vite';
import { contentSecurityPolicy, cspMetaTag } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
// public/boot.js is copied as written, comments and all. It runs before the first paint of every
// visit, so ship it minified; the commented source stays the one to read and to test.
const bootPath = `${root}/${outDir}/boot.js`;
const boot = await minify('boot.js', await readFile(bootPath, 'utf8'));
if (boot.errors.length > 0) {
  throw new Error(
    `public/boot.js could not be minified: ${boot.errors.map((e) => e.message).join('; ')}`,
  );
}

await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

// Where the page will be published: canonical and Open Graph URLs must be absolute.
const base = process.env.BASE_PATH ?? '/';
const siteUrl = process.env.SITE_URL ?? `http://localhost:4173${base}`;

const { render } = await import(pathToFileURL(`${root}/${ssrDir}/entry-server.js`).href);
const { appHtml, stateScript, headHtml } = await render(
  siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`,
);
const indexPath = `${root}/${outDir}/index.html`;
const template = await readFile(indexPath, 'utf8');
for (const placeholder of ['<!--head-tags-->', '<!--app-html-->', '<!--app-state-->']) {
  if (!template.includes(placeholder))
    throw new Error(`index.html lost its ${placeholder} placeholder.`);
}

/*
 * The first paint needs boot.js (the visitor's choices onto <html>) and the stylesheet. As files
 * they were two more requests, each a round trip after the HTML on a phone's network; written
 * into the HTML they cost that much more HTML (about 8 KiB gzip) and no round trip. The policy
 * allows exactly these two blocks by hash.
 */
const bootTag = /<script src="[^"]*boot\.js"><\/script>/;
if (!bootTag.test(template)) throw new Error('index.html lost its boot.js script.');
// The one stylesheet, which vite.config.ts detaches from every chunk so that none asks for it.
const stylesheets = (await readdir(`${root}/${outDir}/assets`)).filter((file) =>
  file.endsWith('.css'),
);
if (stylesheets.length !== 1) {
  throw new Error(`Expected one stylesheet in the build, found ${stylesheets.length}.`);
}
const stylesheetPath = `${root}/${outDir}/assets/${stylesheets[0]}`;
const css = (await readFile(stylesheetPath, 'utf8')).trim();
for (const [name, text, closing] of [
  ['boot.js', boot.code, '</script'],
  ['The stylesheet', css, '</style'],
]) {
  if (text.toLowerCase().includes(closing)) throw new Error(`${name} contains ${closing}>.`);
}
const policy = contentSecurityPolicy({ inlineScripts: [boot.code], inlineStyles: [css] });

const page = template
  .replace('<meta charset="UTF-8" />', (charset) => `${charset}\n    ${cspMetaTag(policy)}`)
  .replace(bootTag, () => `<script>${boot.code}</script>\n    <style>${css}</style>`)
  .replace(/<title>[\s\S]*?<\/title>\s*/, '')
  .replace('<!--head-tags-->', () => headHtml)
  .replace('<!--app-html-->', () => appHtml)
  .replace('<!--app-state-->', () => stateScript);
if (!page.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error(
    'index.html must start its <head> with <meta charset="UTF-8" /> so the CSP can follow it.',
  );
}
await writeFile(indexPath, page);
await rm(`${root}/${ssrDir}`, { recursive: true, force: true });
// Both live in the HTML now; the files would only be dead weight on the server.
await rm(bootPath);
await rm(stylesheetPath);
console.log(
  `Pre-rendered ${outDir}/index.html (${(appHtml.length / 1024).toFixed(1)} KiB of markup).`,
);
