// The browser tests drive Debian's Chromium. Install it when missing (CI runs as root);
// otherwise stop with one sentence that says what to install. Never skip the browser tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as chromium } from './chromium.mjs';

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The browser tests need Chromium at ${chromium}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run the tests again.`,
    );
    process.exit(1);
  }
  console.log(`Chromium is missing at ${chromium}; installing Debian's chromium package…`);
  const apt = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  if (!existsSync(chromium)) {
    console.error(
      `Installing Chromium did not create ${chromium}; install it by hand, then run the tests again.`,
    );
    process.exit(1);
  }
}
console.log(
  `Browser for the browser tests: ${execFileSync(chromium, ['--version']).toString().trim()}`,
);
