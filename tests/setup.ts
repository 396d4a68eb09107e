import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadAllParts } from '../src/lib/static-part.tsx';

// findBy… waits for a state, not a duration: on a busy machine a state can take seconds to come.
configure({ asyncUtilTimeout: 10_000 });

// The page's lazily loaded parts are loaded up front, as the build does before it renders, so a
// test sees the whole page at once; a part that fails to load would fail every test.
beforeAll(loadAllParts);

// A React warning is a bug: any console.error or console.warn fails the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.warn was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  localStorage.clear();
});
