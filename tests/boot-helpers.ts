import { readFileSync } from 'node:fs';

const bootSource = readFileSync('public/boot.js', 'utf8');
const MARKS = ['data-theme', 'data-spoilers', 'data-seen', 'data-group-seen'];

/** Takes boot.js's marks off <html> and the address back to the page's own. */
export function clearBoot(): void {
  for (const mark of MARKS) document.documentElement.removeAttribute(mark);
  window.history.replaceState(null, '', '/');
}

/**
 * Runs public/boot.js as the browser would before the first paint, at the given address, on a
 * document without marks from an earlier run.
 */
export function runBoot(search = ''): void {
  clearBoot();
  window.history.replaceState(null, '', `/${search}`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the real file is the point
  (new Function(bootSource) as () => void)();
}
