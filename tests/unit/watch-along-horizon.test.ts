// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import {
  HORIZON_STORAGE_KEY,
  createHorizonStore,
} from '../../src/features/spoilers/stores/horizon-store.ts';
import { clearBoot, runBoot } from '../boot-helpers.ts';

/** The store as the page makes it at this address: after boot.js has read the link. */
function horizonStore(search: string) {
  runBoot(search);
  return createHorizonStore(13, createSafeStorage(), () => search);
}

afterEach(clearBoot);

const LINK = '?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night';

describe('the horizon of a visit opened by a watch-along link', () => {
  it('opens the episodes before the group’s first, for the visit only', () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '9');
    const snapshot = horizonStore(LINK).getSnapshot();
    expect(snapshot).toMatchObject({ value: 4, stored: 9, fromLink: true });
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('9');
  });

  it('wins over ?seen= in the same link, so the group shares one horizon', () => {
    expect(horizonStore(`${LINK}&seen=12`).getSnapshot().value).toBe(4);
  });

  it('starts from none for a watch-along of episode 1', () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '3');
    expect(horizonStore('?watch=2026-12-12T03:00Z&episodes=1').getSnapshot().value).toBe(0);
  });

  it.each([
    '?watch=tomorrow&episodes=5',
    '?watch=2026-12-12T03:00Z&episodes=6-5',
    '?watch=2026-12-12T03:00Z&episodes=14',
    '?watch=2026-12-12T03:00Z',
  ])('leaves the horizon to ?seen= or storage for an unusable link: %s', (search) => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '7');
    expect(horizonStore(search).getSnapshot()).toMatchObject({ value: 7, fromLink: false });
    expect(horizonStore(`${search}&seen=2`).getSnapshot()).toMatchObject({ value: 2 });
  });

  it('switches the visit to the visitor’s own horizon on request, storing nothing', () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '9');
    const store = horizonStore(LINK);
    let heard = 0;
    const unsubscribe = store.subscribe(() => (heard += 1));
    store.followStored();
    expect(heard).toBe(1);
    expect(store.getSnapshot()).toMatchObject({ value: 9, stored: 9, fromLink: false });
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('9');
    unsubscribe();
  });

  it('marks the watched episodes as seen by storing the last one', () => {
    const store = horizonStore(LINK);
    store.set(6);
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('6');
    expect(store.getSnapshot()).toMatchObject({ value: 6, stored: 6, fromLink: false });
  });
});
