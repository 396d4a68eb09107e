// Every check, in order, stopping at the first failure: typecheck, lint, formatting, unit and
// component tests, the production builds, checks over the build output, browser tests.
// Ends with one line that counts the tests: "Total: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

// The browser tests serve the builds on ports of their own, found free now, so a running
// `npm start` (4173) or another checkout's tests cannot take them. A caller's E2E_PORT is kept.
const e2ePorts = process.env.E2E_PORT ? {} : await freePorts();

const steps = [
  ['Browser for the tests', 'node', ['scripts/ensure-chromium.mjs']],
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Formatting', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['Unit and component tests', 'npx', vitestArgs('unit'), () => countVitest('unit')],
  ['Production build', 'node', ['scripts/build.mjs']],
  [
    'Production build under /some/path/',
    'node',
    ['scripts/build.mjs'],
    null,
    { OUT_DIR: 'dist-base', BASE_PATH: '/some/path/' },
  ],
  ['Checks over the build output', 'npx', vitestArgs('build'), () => countVitest('build')],
  [
    'Browser tests',
    'npx',
    ['playwright', 'test'],
    countPlaywright,
    { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json', ...e2ePorts },
  ],
];

for (const [title, command, args, count, env] of steps) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const failedBefore = totals.failed;
  count?.();
  if (result.status !== 0) {
    // A step that fails without a failed test to show for it (a type error, a crash) still counts.
    if (totals.failed === failedBefore) totals.failed += 1;
    console.log(`\n${title} failed.`);
    finish(1);
  }
}
finish(0);

/** Two ports nothing listens on now, picked by the system, as playwright.config.ts reads them. */
async function freePorts() {
  const servers = [createServer(), createServer()];
  for (const server of servers) {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
  }
  const [port, basePort] = servers.map((server) => String(server.address().port));
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return { E2E_PORT: port, E2E_BASE_PORT: basePort };
}

function vitestArgs(project) {
  return [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=test-results/${project}.json`,
  ];
}

function countVitest(project) {
  const report = readJson(`test-results/${project}.json`);
  totals.passed += report?.numPassedTests ?? 0;
  totals.failed += report?.numFailedTests ?? 0;
}

function countPlaywright() {
  const stats = readJson('test-results/e2e.json')?.stats;
  totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  totals.failed += stats?.unexpected ?? 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function finish(code) {
  console.log(`\nTotal: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}
