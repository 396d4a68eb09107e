// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Store = typeof import('../../src/lib/part-failures.ts');
let store: Store;

beforeEach(async () => {
  vi.resetModules();
  store = await import('../../src/lib/part-failures.ts');
});

const names = () => store.getFailedParts().map((part) => part.what);

describe('the list of deferred parts whose code failed', () => {
  it('keeps a part that fails again and drops the one that came back', async () => {
    store.reportFailedPart({ what: 'the zone chooser', retry: () => Promise.resolve() });
    store.reportFailedPart({
      what: 'the guide',
      retry: () => Promise.reject(new Error('offline')),
    });
    expect(names()).toEqual(['the zone chooser', 'the guide']);

    await expect(store.retryFailedParts()).resolves.toBe(false);
    expect(names()).toEqual(['the guide']);
    expect(store.isFailedPart('the zone chooser')).toBe(false);
    expect(store.isFailedPart('the guide')).toBe(true);
  });

  it('tries every failed part again when the browser is back online', async () => {
    const retry = vi.fn(() => Promise.resolve());
    store.reportFailedPart({ what: 'the zone chooser', retry });
    const changed = new Promise<void>((resolve) => store.subscribeToFailedParts(resolve));

    window.dispatchEvent(new Event('online'));
    await changed;
    expect(retry).toHaveBeenCalledOnce();
    expect(names()).toEqual([]);
    // Nothing left to retry: a later "online" asks for nothing.
    window.dispatchEvent(new Event('online'));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('tells a subscriber of each change, with a new list each time', () => {
    const before = store.getFailedParts();
    const onChange = vi.fn();
    store.subscribeToFailedParts(onChange);
    store.reportFailedPart({ what: 'the guide', retry: () => Promise.resolve() });
    expect(onChange).toHaveBeenCalledOnce();
    expect(store.getFailedParts()).not.toBe(before);
  });

  it('marks the page while any part fails, for the stand-ins that wait for the code', async () => {
    const html = document.documentElement;
    store.reportFailedPart({ what: 'the guide', retry: () => Promise.resolve() });
    expect(html.hasAttribute('data-parts-failed')).toBe(true);

    await store.retryFailedParts();
    expect(html.hasAttribute('data-parts-failed')).toBe(false);
  });
});

describe('loading a part that may fail', () => {
  it('waits instead of failing, lists the part, and resolves once a retry brings the code', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue('the code');
    const loaded = store.loadOrWaitForRetry(load, 'the story episode by episode');
    let settled = false;
    void loaded.finally(() => (settled = true));

    await vi.waitFor(() => {
      expect(names()).toEqual(['the story episode by episode']);
    });
    expect(settled).toBe(false);

    await expect(store.retryFailedParts()).resolves.toBe(true);
    await expect(loaded).resolves.toBe('the code');
    expect(names()).toEqual([]);
  });
});
