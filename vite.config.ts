import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The page's one stylesheet is written into the HTML by scripts/build.mjs. Vite counts it as a
 * dependency of the entry chunk, and so of every lazily loaded chunk that imports the entry's
 * preload helper: each would ask for the file again, which the policy blocks. Forgetting the
 * link between stylesheet and chunks keeps the file (the build reads it) and drops the requests.
 */
function stylesheetInHtml(): Plugin {
  return {
    name: 'stylesheet-in-html',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.viteMetadata?.importedCss.clear();
        }
      },
    },
  };
}

/** `BASE_PATH=/some/path/ npm run build` makes a build that works under that path. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), stylesheetInHtml()],
  build: {
    // Every browser that runs this page supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // Nothing becomes a data: URL: the policy allows images from this origin only (the hero art
    // is inline SVG, fonts are the system's).
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  test: {
    // Both cores: most of a file's time is setting up jsdom, which overlaps well.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Plain Node: setting up jsdom costs more than most of these tests take. A file that
          // needs a browser's objects (storage, the document) says so: `@vitest-environment jsdom`.
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-unit.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // The slowest test takes under a second alone; a machine busy with other work can make
          // that several times longer, which is no reason to fail.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          // html-validate loads its rules and schemas on first use: under half a second alone,
          // past the 5 s default on two loaded cores.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
