// Serves a production build on localhost: static files, immutable caching for hashed assets.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--base /]
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) return send404(response);
  let relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  if (relative.endsWith('/')) relative += 'index.html';
  const file = normalize(join(root, relative));
  if (!file.startsWith(root)) return send404(response);
  try {
    const info = await stat(file);
    if (!info.isFile()) return send404(response);
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Compress text as any real host or CDN would, so measurements match what visitors get.
    const compress =
      /text|javascript|json|svg|manifest/.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = compress ? gzipSync(await readFile(file), { level: 9 }) : await readFile(file);
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      'Cache-Control': relative.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    send404(response);
  }
});

function send404(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Metallic Rouge page: http://localhost:${values.port}${base}`);
});
