// npm run bench: builds the page, serves it on localhost and runs Lighthouse (mobile, default
// config) three times in Debian's Chromium, then prints the median of each figure.
// A benchmark that reports, not a test: timings vary with the machine.
import { spawn, spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4590);
const url = `http://127.0.0.1:${PORT}/`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await waitFor(url);

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const runs = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result.');
    runs.push(figures(result.lhr));
    console.log(`run ${run}: ${JSON.stringify(runs.at(-1))}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const names = Object.keys(runs[0]);
console.log(
  `\nLighthouse ${runs.length} runs, mobile, default config — medians (${new Date().toISOString().slice(0, 10)}):`,
);
for (const name of names)
  console.log(`  ${name.padEnd(22)} ${median(runs.map((run) => run[name]))}`);

function figures(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scriptBytes = requests
    .filter((request) => request.resourceType === 'Script')
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    'FCP ms': ms('first-contentful-paint'),
    'LCP ms': ms('largest-contentful-paint'),
    'TBT ms': ms('total-blocking-time'),
    CLS: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    'script KiB': Number((scriptBytes / 1024).toFixed(1)),
  };
}

async function waitFor(address) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The page server did not start at ${address}.`);
}
