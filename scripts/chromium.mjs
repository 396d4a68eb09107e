// Debian's Chromium, the one browser every script and test here drives (this machine cannot
// download Playwright's own build). Without the background-networking flags it keeps trying to
// reach Google's hosts, which this network refuses.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
