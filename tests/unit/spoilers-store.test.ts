// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  ALL_HIDDEN,
  ALL_SHOWN,
  SPOILER_STORAGE_KEY,
  withLevel,
} from '../../src/features/spoilers/utils/spoiler-visibility.ts';
import { createSpoilerStore } from '../../src/features/spoilers/stores/spoiler-store.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';

const throwing = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('the spoiler store', () => {
  it('gives the server snapshot with every level hidden, whatever is stored', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise episode-1');
    const store = createSpoilerStore(createSafeStorage(), () => '?spoilers=show');
    expect(store.getServerSnapshot()).toMatchObject({ value: ALL_HIDDEN, remembered: true });
  });

  it('reads the stored choice on the client and keeps the same snapshot until it changes', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise');
    const store = createSpoilerStore(createSafeStorage(), () => '');
    const first = store.getSnapshot();
    expect(first.value).toEqual({ premise: true, 'episode-1': false, all: false });
    // useSyncExternalStore needs a stable snapshot, or React re-renders forever.
    expect(store.getSnapshot()).toBe(first);
  });

  it('tells subscribers about a change and stores it', () => {
    const store = createSpoilerStore(createSafeStorage(), () => '');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(ALL_SHOWN);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().value).toEqual(ALL_SHOWN);
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('premise episode-1 all');
    unsubscribe();
    store.update((shown) => withLevel(shown, 'premise', false));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('episode-1');
  });

  it('keeps the choice in memory when storage throws, and says it is not remembered', () => {
    const store = createSpoilerStore(createSafeStorage(throwing), () => '');
    expect(store.getSnapshot()).toMatchObject({ value: ALL_HIDDEN, remembered: false });
    store.update((shown) => withLevel(shown, 'episode-1', true));
    expect(store.getSnapshot().value).toEqual({ premise: false, 'episode-1': true, all: false });
  });

  it('lets a URL override decide the visit without writing it', () => {
    const store = createSpoilerStore(createSafeStorage(), () => '?spoilers=show');
    expect(store.getSnapshot().value).toEqual(ALL_SHOWN);
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBeNull();
    store.update((shown) => withLevel(shown, 'premise', false));
    expect(store.getSnapshot().value).toEqual({ premise: false, 'episode-1': true, all: false });
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('');
  });

  it('takes ?spoilers=show and ?spoilers=hide from a link and ignores anything else', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise');
    expect(
      createSpoilerStore(createSafeStorage(), () => '?spoilers=show').getSnapshot().value,
    ).toEqual(ALL_SHOWN);
    expect(
      createSpoilerStore(createSafeStorage(), () => '?a=1&spoilers=hide').getSnapshot().value,
    ).toEqual(ALL_HIDDEN);
    for (const search of ['', '?spoilers=', '?spoilers=yes', '?spoiler=show']) {
      expect(createSpoilerStore(createSafeStorage(), () => search).getSnapshot().value).toEqual({
        premise: true,
        'episode-1': false,
        all: false,
      });
    }
  });

  describe('with the page open in another tab', () => {
    const otherTabStores = (newValue: string | null, key = SPOILER_STORAGE_KEY) => {
      if (newValue === null) localStorage.removeItem(key);
      else localStorage.setItem(key, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    };

    it('follows a choice made there while anything here listens', () => {
      const store = createSpoilerStore(createSafeStorage(), () => '');
      const listener = vi.fn();
      const unsubscribe = store.subscribe(listener);
      otherTabStores('premise');
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().value).toEqual({ premise: true, 'episode-1': false, all: false });
      otherTabStores('');
      expect(store.getSnapshot().value).toEqual(ALL_HIDDEN);

      otherTabStores(null);
      expect(listener).toHaveBeenCalledTimes(3);
      expect(store.getSnapshot().value).toEqual(ALL_HIDDEN);

      unsubscribe();
      otherTabStores('premise episode-1');
      expect(listener).toHaveBeenCalledTimes(3);
    });

    it('ignores other keys, and every change while a link decides this visit', () => {
      const store = createSpoilerStore(createSafeStorage(), () => '?spoilers=hide');
      const listener = vi.fn();
      store.subscribe(listener);
      otherTabStores('premise', 'metallic-rouge:theme');
      otherTabStores('premise');
      expect(listener).not.toHaveBeenCalled();
      expect(store.getSnapshot().value).toEqual(ALL_HIDDEN);
    });
  });
});
