import { describe, expect, it, vi } from 'vitest';
import {
  ALL_HIDDEN,
  ALL_SHOWN,
  SPOILER_STORAGE_KEY,
} from '../../src/features/spoilers/utils/spoiler-visibility.ts';
import { createSpoilerStore } from '../../src/features/spoilers/utils/spoiler-store.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';

const throwing = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('the spoiler store', () => {
  it('gives the server snapshot with every level hidden, whatever is stored', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise episode-1');
    const store = createSpoilerStore(createSafeStorage(), () => '?spoilers=show');
    expect(store.getServerSnapshot()).toEqual({
      visibility: ALL_HIDDEN,
      hydrated: false,
      remembered: true,
    });
  });

  it('reads the stored choice on the client and keeps the same snapshot until it changes', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise');
    const store = createSpoilerStore(createSafeStorage(), () => '');
    const first = store.getSnapshot();
    expect(first.visibility).toEqual({ premise: true, 'episode-1': false });
    expect(first.hydrated).toBe(true);
    // useSyncExternalStore needs a stable snapshot, or React re-renders forever.
    expect(store.getSnapshot()).toBe(first);
  });

  it('tells subscribers about a change and stores it', () => {
    const store = createSpoilerStore(createSafeStorage(), () => '');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setAll(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().visibility).toEqual(ALL_SHOWN);
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('premise episode-1');
    unsubscribe();
    store.setLevel('premise', false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('episode-1');
  });

  it('keeps the choice in memory when storage throws, and says it is not remembered', () => {
    const store = createSpoilerStore(createSafeStorage(throwing), () => '');
    expect(store.getSnapshot()).toMatchObject({ visibility: ALL_HIDDEN, remembered: false });
    store.setLevel('episode-1', true);
    expect(store.getSnapshot().visibility).toEqual({ premise: false, 'episode-1': true });
  });

  it('lets a URL override decide the visit without writing it', () => {
    const store = createSpoilerStore(createSafeStorage(), () => '?spoilers=show');
    expect(store.getSnapshot().visibility).toEqual(ALL_SHOWN);
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBeNull();
    store.setLevel('premise', false);
    expect(store.getSnapshot().visibility).toEqual({ premise: false, 'episode-1': true });
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('');
  });

  describe('with the page open in another tab', () => {
    const otherTabStores = (newValue: string | null, key = SPOILER_STORAGE_KEY) => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    };

    it('follows a choice made there while anything here listens', () => {
      const store = createSpoilerStore(createSafeStorage(), () => '');
      const listener = vi.fn();
      const unsubscribe = store.subscribe(listener);
      otherTabStores('premise');
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot().visibility).toEqual({ premise: true, 'episode-1': false });
      otherTabStores('');
      expect(store.getSnapshot().visibility).toEqual(ALL_HIDDEN);

      unsubscribe();
      otherTabStores('premise episode-1');
      expect(store.getSnapshot().visibility).toEqual(ALL_HIDDEN);
    });

    it('ignores other keys, and every change while a link decides this visit', () => {
      const store = createSpoilerStore(createSafeStorage(), () => '?spoilers=hide');
      const listener = vi.fn();
      store.subscribe(listener);
      otherTabStores('premise', 'metallic-rouge:theme');
      otherTabStores('premise');
      expect(listener).not.toHaveBeenCalled();
      expect(store.getSnapshot().visibility).toEqual(ALL_HIDDEN);
    });
  });
});
