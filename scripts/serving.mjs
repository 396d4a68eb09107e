// Serves a build (scripts/serve.mjs) for the scripts that measure or photograph it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Starts serving `dir` on `port` and resolves once it answers: `{ url, close }`. */
export async function serveBuild(dir, port) {
  const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', dir], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (attempt === 100) {
      server.kill();
      throw new Error(`The server for ${dir} did not start at ${url}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, close: () => server.kill() };
}
