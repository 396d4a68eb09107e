// Builds the client, then renders the page with React's server renderer into dist/index.html.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, minify } from 'vite';
import { cspMetaTag } from './csp.mjs';

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
await writeFile(bootPath, boot.code);

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
const page = template
  .replace('<meta charset="UTF-8" />', (charset) => `${charset}\n    ${cspMetaTag()}`)
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
console.log(
  `Pre-rendered ${outDir}/index.html (${(appHtml.length / 1024).toFixed(1)} KiB of markup).`,
);
