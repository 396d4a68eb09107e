// Builds the client, then renders the page with React's server renderer into dist/index.html.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { cspMetaTag } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

const { render } = await import(pathToFileURL(`${root}/${ssrDir}/entry-server.js`).href);
const { appHtml, stateScript } = await render();
const indexPath = `${root}/${outDir}/index.html`;
const template = await readFile(indexPath, 'utf8');
if (!template.includes('<!--app-html-->') || !template.includes('<!--app-state-->')) {
  throw new Error('index.html lost its <!--app-html--> or <!--app-state--> placeholder.');
}
const page = template
  .replace('<meta charset="UTF-8" />', (charset) => `${charset}\n    ${cspMetaTag()}`)
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
