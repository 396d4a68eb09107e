// Every check, in order, stopping at the first failure: typecheck, lint and formatting, unit and
// component tests, the production builds, checks over the build output, browser tests.
// Ends with one line that counts the tests: "Total: N passed, N failed".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

// The browser tests serve the builds on ports of their own, found free now, so a running
// `npm start` (4173) or another checkout's tests cannot take them. A caller's E2E_PORT is kept.
const e2ePorts = process.env.E2E_PORT ? {} : await freePorts();

const steps = [
  { title: 'Browser for the tests', run: [['node', ['scripts/ensure-chromium.mjs']]] },
  {
    // Side by side: each is mostly one core's work, and the longest (lint) sets the pace.
    title: 'Typecheck, lint and formatting',
    run: [
      ['npx', ['tsc', '--noEmit']],
      ['npx', ['eslint', '.', '--max-warnings', '0']],
      ['npx', ['prettier', '--check', '.', '--log-level', 'warn']],
    ],
  },
  {
    title: 'Unit and component tests',
    run: [['npx', vitestArgs('test-results/unit.json', 'unit', 'components')]],
    report: 'test-results/unit.json',
    count: countVitest,
  },
  {
    // Side by side: the two builds share nothing but the sources they read.
    title: 'Production builds, at / and under /some/path/',
    run: [
      ['node', ['scripts/build.mjs']],
      ['node', ['scripts/build.mjs'], { OUT_DIR: 'dist-base', BASE_PATH: '/some/path/' }],
    ],
  },
  {
    title: 'Checks over the build output',
    run: [['npx', vitestArgs('test-results/build.json', 'build')]],
    report: 'test-results/build.json',
    count: countVitest,
  },
  {
    title: 'Browser tests',
    run: [['npx', ['playwright', 'test'], e2ePorts]],
    report: 'test-results/e2e.json',
    count: countPlaywright,
  },
];

for (const { title, run, report, count } of steps) {
  console.log(`\n=== ${title}`);
  // A report left by an earlier run must not be counted as this one's.
  if (report) rmSync(report, { force: true });
  const started = performance.now();
  const statuses = await runAll(run);
  console.log(`=== ${title}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const failedBefore = totals.failed;
  if (report) count(readJson(report));
  if (statuses.some((status) => status !== 0)) {
    // A step that fails without a failed test to show for it (a type error, a crash) still counts.
    if (totals.failed === failedBefore) totals.failed += 1;
    console.log(`\n${title} failed.`);
    finish(1);
  }
}
finish(0);

/**
 * Runs the commands at the same time and resolves to their exit codes (null when one could not
 * start or was killed). A command alone prints as it goes; several print one after another once
 * all are done, so their output does not interleave.
 */
async function runAll(commands) {
  const capture = commands.length > 1;
  const results = await Promise.all(
    commands.map(([command, args, env]) => runOne(command, args, env, capture)),
  );
  for (const { output } of results) process.stdout.write(output);
  return results.map(({ code }) => code);
}

function runOne(command, args, env, capture) {
  const child = spawn(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  const chunks = [];
  child.stdout?.on('data', (chunk) => chunks.push(chunk));
  child.stderr?.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve({ code: null, output: Buffer.concat(chunks) });
    });
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks) }));
  });
}

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

/** Runs the Vitest projects, writing the JSON report the step then counts to `report`. */
function vitestArgs(report, ...projects) {
  return [
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
}

function countVitest(report) {
  totals.passed += report?.numPassedTests ?? 0;
  totals.failed += report?.numFailedTests ?? 0;
}

function countPlaywright(report) {
  const stats = report?.stats;
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
