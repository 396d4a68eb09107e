// npm run bench: the page against its floor (issue #25). The floor, bench/floor/, is the least a
// Vite + React 19 + TanStack Query + Tailwind 4 page costs; the page's targets are ratios to it,
// so both are built, served on localhost with gzip and measured in the same run, RUNS times each,
// page and floor interleaved (page first in odd runs, floor first in even ones) so the machine's
// load falls on both alike. Each run is Lighthouse 12 (mobile, default config, simulated
// throttling) and a real load with the same throttling applied by DevTools
// (scripts/real-timings.mjs): real timings decide between designs.
// Prints every run, then medians and worst figures, the page/floor ratios and each target.
// A benchmark that reports, not a test: it exits 0 whether or not a target is met (the byte
// budgets are enforced by tests/build/budgets.test.ts). Lighthouse's reports go to .lighthouse/.
// Usage: npm run bench [-- --no-build] [-- --real]; RUNS=5 and BENCH_PORT=4590 by default.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { realTimings } from './real-timings.mjs';
import { serveBuild } from './serving.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
// `-- --real`: only the real timings, for comparing two builds quickly.
const REAL_ONLY = process.argv.includes('--real');
const PORT = Number(process.env.BENCH_PORT ?? 4590);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT_DIR = '.lighthouse';

const SITES = [
  { name: 'page', dir: 'dist', port: PORT },
  { name: 'floor', dir: 'dist-floor', port: PORT + 1 },
];

/** What each run records. `higherIsBetter` decides which run is the worst; `ratio` asks for page/floor. */
const METRICS = [
  {
    key: 'performance',
    label: 'performance',
    read: categoryScore('performance'),
    higherIsBetter: true,
  },
  {
    key: 'accessibility',
    label: 'accessibility',
    read: categoryScore('accessibility'),
    higherIsBetter: true,
  },
  {
    key: 'bestPractices',
    label: 'best practices',
    read: categoryScore('best-practices'),
    higherIsBetter: true,
  },
  { key: 'seo', label: 'SEO', read: categoryScore('seo'), higherIsBetter: true },
  { key: 'fcp', label: 'FCP ms', read: auditMs('first-contentful-paint') },
  { key: 'lcp', label: 'LCP ms', read: auditMs('largest-contentful-paint'), ratio: true },
  // Lighthouse simulates a phone from an unthrottled load; this is that load's own gap between the
  // first and the largest paint. 0 means the largest paint was the first one, whatever the
  // simulation adds to it.
  { key: 'observedGap', label: 'seen LCP−FCP ms', read: observedPaintGap },
  { key: 'tbt', label: 'TBT ms', read: auditMs('total-blocking-time') },
  { key: 'si', label: 'speed index ms', read: auditMs('speed-index'), ratio: true },
  { key: 'cls', label: 'CLS', read: cumulativeLayoutShift },
  { key: 'script', label: 'script KiB', read: scriptKiB, ratio: true },
  // The real load (no `read`: measured apart from Lighthouse).
  { key: 'realFcp', label: 'real FCP ms', ratio: true },
  { key: 'realReady', label: 'real live ms', ratio: true },
  { key: 'realBlocking', label: 'real blocking ms' },
];

/** Issue #25's targets for the page, each with the figures it was judged on. */
const TARGETS = [
  {
    text: 'performance 100 median, at least 98 in every run',
    met: ({ page }) => page.median.performance === 100 && page.worst.performance >= 98,
    detail: ({ page }) => `median ${page.median.performance}, worst ${page.worst.performance}`,
  },
  {
    text: 'TBT ≤ 50 ms median, ≤ 100 ms in every run',
    met: ({ page }) => page.median.tbt <= 50 && page.worst.tbt <= 100,
    detail: ({ page }) => `median ${page.median.tbt} ms, worst ${page.worst.tbt} ms`,
  },
  {
    text: 'LCP ≤ 0.7 × floor (medians)',
    met: ({ page, floor }) => page.median.lcp <= 0.7 * floor.median.lcp,
    detail: (summary) => ratioDetail(summary, 'lcp', 'ms'),
  },
  {
    text: 'CLS 0 in every run',
    met: ({ page }) => page.worst.cls === 0,
    detail: ({ page }) => `worst ${page.worst.cls}`,
  },
  {
    text: 'accessibility, best practices and SEO 100 in every run',
    met: ({ page }) =>
      [page.worst.accessibility, page.worst.bestPractices, page.worst.seo].every(
        (score) => score === 100,
      ),
    detail: ({ page }) =>
      `worst ${page.worst.accessibility}, ${page.worst.bestPractices}, ${page.worst.seo}`,
  },
  {
    text: 'real FCP ≤ 0.6 × floor (medians)',
    real: true,
    met: ({ page, floor }) => page.median.realFcp <= 0.6 * floor.median.realFcp,
    detail: (summary) => ratioDetail(summary, 'realFcp', 'ms'),
  },
  {
    text: 'real wholly live ≤ 1.2 × floor content (medians), no run above 1.5 ×',
    real: true,
    met: ({ page, floor }) =>
      page.median.realReady <= 1.2 * floor.median.realReady &&
      page.worst.realReady <= 1.5 * floor.median.realReady,
    detail: (summary) =>
      `${ratioDetail(summary, 'realReady', 'ms')}; worst ${(summary.page.worst.realReady / summary.floor.median.realReady).toFixed(2)} ×`,
  },
  {
    text: 'the page’s own script ≤ 18 KiB on the wire (beyond the floor)',
    met: ({ page, floor }) => page.median.script - floor.median.script <= 18,
    detail: ({ page, floor }) =>
      `${(page.median.script - floor.median.script).toFixed(1)} KiB (${page.median.script} − ${floor.median.script})`,
  },
];

// What this run measures: with `--real`, only the real timings (the metrics Lighthouse does not read).
const MEASURED = REAL_ONLY ? METRICS.filter((metric) => !metric.read) : METRICS;
const JUDGED = REAL_ONLY ? TARGETS.filter((target) => target.real) : TARGETS;

const startLoad = loadavg()[0];
if (!process.argv.includes('--no-build')) {
  buildPage();
  await buildFloor();
}
const runs = await measure();
printSummary(summarise(runs), startLoad);

function buildPage() {
  const result = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Plain Vite defaults, only the two plugins the page uses too: that is what makes it the floor. */
async function buildFloor() {
  await build({
    root: `${ROOT}/bench/floor`,
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), tailwindcss()],
    build: { outDir: `${ROOT}/dist-floor`, emptyOutDir: true },
  });
  console.log('Built the floor into dist-floor/.');
}

/** Serves both builds, runs Lighthouse on each in turn and returns every run's figures by site. */
async function measure() {
  const servers = await Promise.all(SITES.map((site) => serveBuild(site.dir, site.port)));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const real = await realTimings();
  const runs = { page: [], floor: [] };
  try {
    await mkdir(`${ROOT}/${REPORT_DIR}`, { recursive: true });
    console.log(`\n${runRow(['run', 'site', ...MEASURED.map((metric) => metric.label)])}`);
    for (let run = 1; run <= RUNS; run += 1) {
      const order = run % 2 === 1 ? SITES : [...SITES].reverse();
      for (const site of order) {
        const figures = {
          ...(REAL_ONLY ? {} : await audit(site, run, chrome.port)),
          ...(await real.measure(siteUrl(site))),
        };
        runs[site.name].push(figures);
        console.log(runRow([run, site.name, ...MEASURED.map((metric) => figures[metric.key])]));
      }
    }
  } finally {
    await chrome.kill();
    await real.close();
    for (const server of servers) server.close();
  }
  return runs;
}

/** One Lighthouse run on one site: keeps the report, returns its figures. */
async function audit(site, run, port) {
  const result = await lighthouse(siteUrl(site), { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error('Lighthouse returned no result.');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${site.name}: ${lhr.runtimeError.message}`);
  await writeFile(`${ROOT}/${REPORT_DIR}/bench-${site.name}-${run}.json`, result.report);
  const figures = Object.fromEntries(
    METRICS.filter((metric) => metric.read).map((metric) => [metric.key, metric.read(lhr)]),
  );
  return { ...figures, benchmarkIndex: lhr.environment.benchmarkIndex };
}

function summarise(runs) {
  return { page: siteSummary(runs.page), floor: siteSummary(runs.floor) };
}

/** Median and worst of every metric over one site's runs. */
function siteSummary(runs) {
  const valuesOf = (metric) => runs.map((run) => run[metric.key]);
  const each = (pick) => Object.fromEntries(MEASURED.map((m) => [m.key, pick(m, valuesOf(m))]));
  return { median: each((_, values) => median(values)), worst: each(worst), runs };
}

function printSummary(summary, loadAtStart) {
  const all = [...summary.page.runs, ...summary.floor.runs];
  const indexes = all.map((figures) => Math.round(figures.benchmarkIndex ?? NaN));
  const cpuIndex = REAL_ONLY
    ? ''
    : `; Lighthouse's CPU benchmark index (higher is faster) ${Math.min(...indexes)}–${Math.max(...indexes)} (median ${median(indexes)})`;
  console.log(
    `\nLighthouse 12, mobile, default config, and real loads throttled by DevTools; ${RUNS} runs each of page and floor, ` +
      `${new Date().toISOString().slice(0, 10)}, ${chromiumVersion()}`,
  );
  console.log(
    `Machine: ${availableParallelism()} cores, 1-min load average ${loadAtStart.toFixed(1)} at the ` +
      `start and ${loadavg()[0].toFixed(1)} at the end${cpuIndex}.\n`,
  );
  console.log(tableRow(['', 'page', '', 'floor', '', 'page/floor']));
  console.log(tableRow(['', 'median', 'worst', 'median', 'worst', '(medians)']));
  for (const metric of MEASURED) console.log(tableRow(metricCells(summary, metric)));
  console.log('\nTargets (issue #25):');
  for (const target of JUDGED) {
    const verdict = target.met(summary) ? 'met    ' : 'NOT met';
    console.log(`  ${verdict}  ${target.text}: ${target.detail(summary)}`);
  }
}

function metricCells({ page, floor }, metric) {
  const ratio = metric.ratio ? (page.median[metric.key] / floor.median[metric.key]).toFixed(2) : '';
  const { key } = metric;
  return [
    metric.label,
    page.median[key],
    page.worst[key],
    floor.median[key],
    floor.worst[key],
    ratio,
  ];
}

function ratioDetail({ page, floor }, key, unit) {
  const ratio = page.median[key] / floor.median[key];
  return `${ratio.toFixed(2)} × (${page.median[key]} / ${floor.median[key]} ${unit})`;
}

/** A row of the per-run listing: each column as wide as its heading. */
function runRow(cells) {
  const headings = ['run', 'site', ...MEASURED.map((metric) => metric.label)];
  return cells
    .map((cell, i) => String(cell).padEnd(Math.max(headings[i].length, 5)))
    .join('  ')
    .trimEnd();
}

function tableRow(cells) {
  return cells
    .map((cell, i) => String(cell).padEnd(i === 0 ? 16 : 8))
    .join(' ')
    .trimEnd();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function worst(metric, values) {
  return metric.higherIsBetter ? Math.min(...values) : Math.max(...values);
}

function categoryScore(id) {
  return (lhr) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
}

function auditMs(id) {
  return (lhr) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
}

function observedPaintGap(lhr) {
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  return Math.round(
    (observed.observedLargestContentfulPaint ?? NaN) -
      (observed.observedFirstContentfulPaint ?? NaN),
  );
}

function cumulativeLayoutShift(lhr) {
  return Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3));
}

/** Script bytes on the wire (gzip and headers included) over the whole load, lazy chunks too. */
function scriptKiB(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = requests
    .filter((request) => request.resourceType === 'Script')
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  return Number((bytes / 1024).toFixed(1));
}

function chromiumVersion() {
  const result = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return result.stdout.match(/Chromium [\d.]+/)?.[0] ?? 'Chromium';
}

function siteUrl(site) {
  return `http://127.0.0.1:${site.port}/`;
}
