import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** `BASE_PATH=/some/path/ npm run build` makes a build that works under that path. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), tailwindcss()],
  build: {
    // Every browser that runs this page supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // Only SVG images are inlined (the CSP allows img-src data:): the hero art then paints with
    // the CSS instead of costing a request after it. Everything else, fonts above all (font-src
    // 'self'), stays a file.
    assetsInlineLimit: (file) => file.endsWith('.svg'),
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What the first paint's script shares with the lazily loaded parts stays in one
              // chunk: split into a dozen small files, it compresses worse and costs requests.
              name: 'app',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]|src[\\/](lib|components)[\\/]|src[\\/]data[\\/](sources|show-constants)\.ts|rolldown[\\/]runtime/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
        },
      },
    ],
  },
});
