// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import {
  HORIZON_STORAGE_KEY,
  createHorizonStore,
  pageHorizonStore,
  parseHorizon,
} from '../../src/features/spoilers/stores/horizon-store.ts';

const EPISODES = metallicRouge.run?.episodeCount.value ?? 0;

function horizonStore(search = '') {
  return createHorizonStore(EPISODES, createSafeStorage(), () => search);
}

describe('the spoiler horizon', () => {
  it('takes a whole number of episodes from 0 to the run’s length, written plainly', () => {
    expect(EPISODES).toBe(13);
    for (const seen of [0, 1, 4, 8, 13]) expect(parseHorizon(String(seen), EPISODES)).toBe(seen);
    for (const bad of ['99', '14', '-1', 'abc', '', ' 4', '4.0', '04', '1e1', '0x4']) {
      expect(parseHorizon(bad, EPISODES)).toBeUndefined();
    }
  });

  it('starts at none, stores the number, and stores nothing for none', () => {
    const store = horizonStore();
    expect(store.getSnapshot().value).toBe(0);
    store.set(8);
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('8');
    expect(horizonStore().getSnapshot().value).toBe(8);
    store.set(0);
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBeNull();
  });

  it('reads a stored value it does not understand as none', () => {
    for (const stored of ['14', 'all', '-3']) {
      localStorage.setItem(HORIZON_STORAGE_KEY, stored);
      expect(horizonStore().getSnapshot().value).toBe(0);
    }
  });

  it('opens a ?seen= link’s horizon for the visit without storing it', () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '2');
    const snapshot = horizonStore('?seen=8').getSnapshot();
    expect(snapshot).toMatchObject({ value: 8, fromLink: true, rejectedLinkValue: null });
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('2');
  });

  it.each(['99', '-1', 'abc'])(
    'falls back to the stored horizon for ?seen=%s and says so',
    (bad) => {
      localStorage.setItem(HORIZON_STORAGE_KEY, '3');
      expect(horizonStore(`?seen=${bad}`).getSnapshot()).toMatchObject({
        value: 3,
        fromLink: false,
        rejectedLinkValue: bad,
      });
      localStorage.removeItem(HORIZON_STORAGE_KEY);
      expect(horizonStore(`?seen=${bad}`).getSnapshot().value).toBe(0);
    },
  );

  it('keeps one page store, so every part of the page agrees', () => {
    expect(pageHorizonStore(EPISODES)).toBe(pageHorizonStore(EPISODES));
  });
});
