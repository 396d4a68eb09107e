import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadAllParts } from '../src/lib/static-part.tsx';
// Console spies, mocks and timers reset, storage cleared: as for every unit test.
import './setup-unit.ts';

// The page's lazily loaded parts are loaded up front, as the build does before it renders, so a
// test sees the whole page at once; a part that fails to load would fail every test.
beforeAll(loadAllParts);

// findBy… and waitFor give up after 1 s by default, and the first import of a data module alone
// can take longer on a loaded machine. Still well inside the test timeout, so a query that never
// matches fails with its own message, showing the DOM.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
