import { afterEach, beforeEach, vi } from 'vitest';

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
  vi.restoreAllMocks();
  vi.useRealTimers();
  // Only where a test file asked for a browser-like environment (`@vitest-environment jsdom`).
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
