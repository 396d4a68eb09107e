// Builds the client, then renders the page with React's server renderer into dist/index.html,
// with what the first paint needs (the classic scripts from public/ and the stylesheet) written
// into it, and the app's entry started only after that paint.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, minify } from 'vite';
import { contentSecurityPolicy, cspMetaTag } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;
// Where the page will be published: canonical and Open Graph URLs must be absolute.
const base = process.env.BASE_PATH ?? '/';
const siteUrl = process.env.SITE_URL ?? `http://localhost:4173${base}`;

const client = await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const chunks = [client]
  .flat()
  .flatMap((output) => output.output)
  .filter((file) => file.type === 'chunk');

await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

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

/** A script from public/, minified: it runs on every visit; the commented source is the one to read. */
async function minifiedScript(path) {
  const result = await minify(path, await readFile(path, 'utf8'));
  if (result.errors.length > 0) {
    throw new Error(
      `${path} could not be minified: ${result.errors.map((e) => e.message).join('; ')}`,
    );
  }
  return result.code;
}

/*
 * The first paint needs the classic scripts index.html loads from public/ (boot.js puts the
 * visitor's choices onto <html>, hold-presses.js keeps presses until React listens) and the
 * stylesheet. As files they were requests, each a round trip after the HTML on a phone's
 * network; written into the HTML they cost that much more HTML and no round trip. The policy
 * allows exactly these blocks, and start-app.js below, by hash. Their copies in the build are
 * removed: dead weight. File name → minified code, in the order the page runs them.
 */
const classicScriptTag = /<script src="[^"]*?([\w-]+\.js)"><\/script>/g;
const inlinedScripts = new Map();
for (const [, name] of template.matchAll(classicScriptTag)) {
  inlinedScripts.set(name, await minifiedScript(`${root}/${outDir}/${name}`));
}
if (!inlinedScripts.has('boot.js')) throw new Error('index.html lost its boot.js script.');

/*
 * The entry, as a <script type="module" src>, would be fetched alongside the HTML by the
 * browser's preload scanner. public/start-app.js adds it after the first paint instead, with
 * modulepreload links for what it imports at once (Vite's own list: the hydration chunk and the
 * chunks it imports), so they download together.
 */
const entryTag = /<script type="module" crossorigin src="[^"]+"><\/script>/;
const entryChunk = chunks.find((chunk) => chunk.isEntry);
if (!entryTag.test(template) || !entryChunk) throw new Error('index.html lost its entry script.');
const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
const preload = new Set();
const addWithImports = (fileName) => {
  if (preload.has(fileName)) return;
  preload.add(fileName);
  byFile.get(fileName)?.imports.forEach(addWithImports);
};
entryChunk.dynamicImports.forEach(addWithImports);
// The chunks import Vite's preload helper from the entry, which start-app.js adds itself.
preload.delete(entryChunk.fileName);
inlinedScripts.set('start-app.js', await minifiedScript(`${root}/${outDir}/start-app.js`));
const startAppTag = `<script data-entry="${base}${entryChunk.fileName}" data-preload="${[...preload].map((file) => `${base}${file}`).join(' ')}">${inlinedScripts.get('start-app.js')}</script>`;

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
  ...[...inlinedScripts].map(([file, code]) => [file, code, '</script']),
  ['The stylesheet', css, '</style'],
]) {
  if (text.toLowerCase().includes(closing)) throw new Error(`${name} contains ${closing}>.`);
}
const policy = contentSecurityPolicy({
  inlineScripts: [...inlinedScripts.values()],
  inlineStyles: [css],
});

const page = template
  .replace('<meta charset="UTF-8" />', (charset) => `${charset}\n    ${cspMetaTag(policy)}`)
  .replace(classicScriptTag, (_tag, name) => `<script>${inlinedScripts.get(name)}</script>`)
  // Vite drops index.html's stylesheet link (the stylesheet counts as the entry's): the style
  // block goes in at the end of <head>, before the script that starts the entry.
  .replace(entryTag, () => `<style>${css}</style>\n    ${startAppTag}`)
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
// They live in the HTML now; the files would only be dead weight on the server.
for (const name of inlinedScripts.keys()) await rm(`${root}/${outDir}/${name}`);
await rm(stylesheetPath);
console.log(
  `Pre-rendered ${outDir}/index.html (${(appHtml.length / 1024).toFixed(1)} KiB of markup).`,
);
