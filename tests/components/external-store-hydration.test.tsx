import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

/** A store whose browser value differs from what the build rendered, like the time or a preference. */
const subscribe = () => () => undefined;
const browserValue = () => 'from the browser';
const builtValue = () => 'from the build';

/** Fresh modules: the hydration phase is the page's state, once per load. */
async function load() {
  vi.resetModules();
  const [{ renderToString }, { hydrateRoot, createRoot }, phase, { useExternalStore }] =
    await Promise.all([
      import('react-dom/server'),
      import('react-dom/client'),
      import('../../src/lib/hydration-phase.ts'),
      import('../../src/lib/use-external-store.ts'),
    ]);
  const seen: string[] = [];
  function Reading() {
    const value = useExternalStore(subscribe, browserValue, builtValue);
    seen.push(value);
    return <p>{value}</p>;
  }
  return { renderToString, hydrateRoot, createRoot, phase, Reading, seen };
}

describe('a store read while the page hydrates', () => {
  it('hydrates with the built value, without a mismatch, then shows the browser’s', async () => {
    const { renderToString, hydrateRoot, phase, Reading, seen } = await load();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Reading />);
    document.body.append(container);
    expect(container).toHaveTextContent('from the build');

    phase.markHydratingPreRenderedPage();
    // A mismatch would be logged with console.error, which fails the test (tests/setup-unit.ts).
    await act(async () => {
      hydrateRoot(container, <Reading />);
      await Promise.resolve();
    });
    expect(container).toHaveTextContent('from the browser');
    expect(seen[0]).toBe('from the build');
    expect(seen.at(-1)).toBe('from the browser');
    container.remove();
  });

  it('renders the browser’s value at once in a part mounted after the page hydrated', async () => {
    const { createRoot, phase, Reading, seen } = await load();
    phase.markHydratingPreRenderedPage();
    phase.markPageHydrated();
    const container = document.createElement('div');
    document.body.append(container);
    // Not Testing Library's render: that uses its own copy of React, and these modules are fresh.
    // eslint-disable-next-line testing-library/no-unnecessary-act -- createRoot is React's, not Testing Library's
    await act(async () => {
      createRoot(container).render(<Reading />);
      await Promise.resolve();
    });
    expect(container).toHaveTextContent('from the browser');
    expect(seen).not.toContain('from the build');
    container.remove();
  });
});
