// Draws the share card (public/og-image.png, 1200×630) and the PNG icons from the page's own
// art and data, in Debian's Chromium. Run by hand after the art or the title changes:
//   node scripts/make-images.mjs        (needs a Japanese font: apt-get install fonts-noto-cjk)
// The PNGs are committed; the build and the tests never run this.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { createServer } from 'vite';

const vite = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
const { metallicRouge: show } = await vite.ssrLoadModule('/src/data/shows/metallic-rouge.ts');
const { HeroArt } = await vite.ssrLoadModule('/src/app/hero-art.tsx');
await vite.close();

// The page's own art component, as a standalone SVG file would be.
const art = renderToStaticMarkup(createElement(HeroArt)).replace(
  '<svg',
  '<svg xmlns="http://www.w3.org/2000/svg"',
);
const favicon = await readFile('public/favicon.svg', 'utf8');
const dataUrl = (svg) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});

const premiere = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeZone: show.premiere.zone,
}).format(new Date(show.premiere.start));

await shoot(
  'public/og-image.png',
  1200,
  630,
  `
  <body style="margin:0;width:1200px;height:630px;background:#070a12;color:#eef0f6;
    font-family:'Noto Sans CJK JP','Noto Sans',system-ui,sans-serif;position:relative;overflow:hidden">
    <img src="${dataUrl(art)}" style="position:absolute;inset:0;width:1200px;height:630px" alt="">
    <div style="position:absolute;left:72px;top:120px;width:640px">
      <div style="font-size:24px;letter-spacing:.2em;color:#9fb0cc;text-transform:uppercase;font-weight:700">
        ${show.format.genres.join(' · ')}</div>
      <div style="font-size:104px;font-weight:800;line-height:1;margin-top:20px;letter-spacing:-.02em">${show.title.english}</div>
      <div lang="ja" style="font-size:52px;font-weight:700;color:#ff4d63;margin-top:18px">${show.title.native.text}</div>
      <div style="font-size:30px;color:#b3b9c9;margin-top:36px">Studio ${show.studio.name} · Premiered ${premiere}</div>
    </div>
  </body>`,
);

const icon = (size) => `<body style="margin:0;background:transparent">
  <img src="${dataUrl(favicon)}" width="${size}" height="${size}" alt=""></body>`;
await shoot('public/favicon-32.png', 32, 32, icon(32));
await shoot('public/apple-touch-icon.png', 180, 180, icon(180));
await shoot('public/icon-192.png', 192, 192, icon(192));
await shoot('public/icon-512.png', 512, 512, icon(512));

await browser.close();

async function shoot(path, width, height, html) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<!doctype html><html>${html}</html>`);
  await page.evaluate(() => globalThis.document.fonts.ready);
  await writeFile(path, await page.screenshot({ omitBackground: true }));
  await page.close();
  console.log(`wrote ${path}`);
}
