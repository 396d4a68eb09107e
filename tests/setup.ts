import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// Console spies, mocks and timers reset, storage cleared: as for every unit test.
import './setup-unit.ts';

// findBy… and waitFor give up after 1 s by default, and the first import of a data module alone
// can take longer on a loaded machine. Still well inside the test timeout, so a query that never
// matches fails with its own message, showing the DOM.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
