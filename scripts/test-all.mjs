// Every check, in order, stopping at the first failure: typecheck, lint, formatting, unit and
// component tests, the production builds, checks over the build output, browser tests.
// Ends with one line that counts the tests: "Total: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

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
    { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' },
  ],
];

for (const [title, command, args, count, env] of steps) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  count?.();
  if (result.status !== 0) {
    console.log(`\n${title} failed.`);
    finish(1);
  }
}
finish(0);

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
