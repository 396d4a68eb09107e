import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Modules that hydration and the lazily loaded parts both use: React, Query, shared code. */
const SHARED_WITH_HYDRATION =
  /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]|src[\\/](lib|components)[\\/]|src[\\/]data[\\/](sources|show-constants|synopsis-types|cited-sources|show-data-error)\.ts/;

/**
 * The one static part (lib/static-part.tsx) among the shared code: the browser never runs it, so
 * it stays a chunk of its own that is never fetched, rather than 0.2 KB of the first load.
 */
const STATIC_PART = /src[\\/]components[\\/]ui[\\/]source-index\.tsx$/;

/**
 * The deferred parts (lib/static-part.tsx) every visitor's page loads right after hydration: the
 * story's live parts, the zone chooser, the premiere times, the episode guide and the count-to
 * choice. As five chunks they cost five requests; as one, about 2.5 KB less on the wire (their
 * headers, and code that compresses better together). Parts loaded later, or only for some
 * visitors (the zone finder, the calendar file, the estimates), and every episode's and the
 * story's data stay chunks of their own: the data must not arrive before the visitor asks.
 */
const DEFERRED_PARTS = [
  'features/spoilers/components/live-parts.ts',
  'features/spoilers/components/episode-list.tsx',
  'features/spoilers/components/episode-entry.tsx',
  'features/spoilers/components/episode-details.tsx',
  'features/spoilers/components/episode-staff.tsx',
  'features/spoilers/components/episode-synopsis.tsx',
  'features/spoilers/components/episode-title-gate.tsx',
  'features/spoilers/components/episode-title-text.tsx',
  'features/spoilers/components/horizon-select.tsx',
  'features/spoilers/components/loaded-title.tsx',
  'features/spoilers/components/seen-episode-title.tsx',
  'features/spoilers/components/synopsis-panel.tsx',
  'features/spoilers/components/synopsis-content.tsx',
  'features/spoilers/api/episode-query.ts',
  'features/spoilers/api/synopsis-query.ts',
  'data/episode-registry.ts',
  'data/synopsis-registry.ts',
  'features/time-zone/components/zone-chooser.tsx',
  'features/time-zone/hooks/use-zone-choice.ts',
  'features/release/components/premiere-times.tsx',
  'features/release/components/episode-guide.tsx',
  'features/release/components/run-disagreements.tsx',
  'features/release/components/count-to-choice.tsx',
].map((file) => `/src/${file}`);

function isDeferredPart(id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return DEFERRED_PARTS.some((file) => path.endsWith(file));
}

/** The chunks that hydration runs through: React and the shared code, then the page's own. */
const EAGERLY_COMPILED_CHUNKS = new Set(['app', 'hydrate']);

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

/**
 * V8's compile hint, as the first line of the chunks hydration runs through: compile every
 * function as the file is parsed, on a background thread, instead of each one on the main thread
 * the first time it runs. Without it the main thread spent ~40 ms (Chromium's trace, no
 * throttling) on ~700 lazy compiles, inside the tasks that block input. Added last, after Vite
 * has prepended its own helpers, because the hint counts only at the top of a file.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && EAGERLY_COMPILED_CHUNKS.has(file.name)) {
            file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
          }
        }
      },
    },
  };
}

/** `BASE_PATH=/some/path/ npm run build` makes a build that works under that path. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), stylesheetInHtml(), compileHints()],
  build: {
    // Every browser that runs this page supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // Nothing becomes a data: URL: the policy allows images from this origin only (the hero art
    // is inline SVG, fonts are the system's).
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What hydration shares with the lazily loaded parts stays in one chunk: split into
              // a dozen small files, it compresses worse and costs requests. The entry's own
              // helpers live in src/entry/, out of it: else the entry would pull the whole chunk
              // in before the first paint.
              name: 'app',
              test: (id: string) => SHARED_WITH_HYDRATION.test(id) && !STATIC_PART.test(id),
              // Only what the test names: by default the group also takes in what its modules
              // import, and so took Vite's preload helper (the group's lazy parts use it), which
              // the entry imports too, so the entry pulled the whole chunk in before the first paint.
              includeDependenciesRecursively: false,
            },
            {
              // Also only what the test names: else the episodes' own chunks would join it.
              name: 'deferred-parts',
              test: isDeferredPart,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
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
