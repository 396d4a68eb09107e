import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// The two static servers the tests start. `npm test` finds free ports and passes them in (the
// runner and every worker read this file, and all inherit the same environment). Run directly,
// the tests use these uncommon ports, never `npm start`'s 4173.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? PORT + 1);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Sized for two cores shared with other work: the slowest test takes about 8 s on a quiet
  // machine and several times that on a loaded one. Waits are for states, so time to spare is
  // only spent when something is really wrong.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    channel: undefined,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT} --dir ${process.env.E2E_DIST ?? 'dist'}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve.mjs --port ${BASE_PORT} --dir ${process.env.E2E_BASE_DIST ?? 'dist-base'} --base /some/path/`,
      url: `http://127.0.0.1:${BASE_PORT}/some/path/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});

export { BASE_PORT };
