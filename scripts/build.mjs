// Builds the client, then renders the page with React's server renderer into dist/index.html,
// with what the first paint needs (boot.js from public/ and the stylesheet) written into it.
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

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

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
 * The first paint needs the classic script index.html loads from public/ (boot.js puts the
 * visitor's choices onto <html>) and the stylesheet. As files they were requests, each a round
 * trip after the HTML on a phone's network; written into the HTML they cost that much more HTML
 * and no round trip. The policy allows exactly these blocks by hash. Their copies in the build
 * are removed: dead weight. File name → minified code, in the order the page runs them.
 */
const classicScriptTag = /<script src="[^"]*?([\w-]+\.js)"><\/script>/g;
const inlinedScripts = new Map();
for (const [, name] of template.matchAll(classicScriptTag)) {
  inlinedScripts.set(name, await minifiedScript(`${root}/${outDir}/${name}`));
}
if (!inlinedScripts.has('boot.js')) throw new Error('index.html lost its boot.js script.');

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

// The page's module script goes right after the policy, so the browser asks for it with the first
// bytes of the page, not after parsing the whole <head> (docs/performance.md); being a module,
// it runs only once the page is parsed wherever it stands.
const moduleScriptTag = /\s*<script type="module" crossorigin src="[^"]+"><\/script>/;
const moduleScript = template.match(moduleScriptTag)?.[0].trim();
if (!moduleScript) throw new Error('The build has no module script in index.html.');

const page = template
  .replace(moduleScriptTag, '')
  .replace(
    '<meta charset="UTF-8" />',
    (charset) => `${charset}\n    ${cspMetaTag(policy)}\n    ${moduleScript}`,
  )
  .replace(classicScriptTag, (_tag, name) => `<script>${inlinedScripts.get(name)}</script>`)
  // Vite drops index.html's stylesheet link (the stylesheet counts as the entry's): the style
  // block goes in at the end of <head>.
  .replace('</head>', () => `  <style>${css}</style>\n  </head>`)
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
