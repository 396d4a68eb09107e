// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { SPOILER_LEVELS } from '../../src/data/synopsis-types.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import {
  HORIZON_STORAGE_KEY,
  createHorizonStore,
} from '../../src/features/spoilers/stores/horizon-store.ts';
import {
  ALL_SHOWN,
  SPOILER_STORAGE_KEY,
  parseVisibility,
  serializeVisibility,
} from '../../src/features/spoilers/utils/spoiler-visibility.ts';

const bootSource = readFileSync('public/boot.js', 'utf8');

/** Runs public/boot.js as the browser would, at the given address. */
function boot(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the real file is the point
  (new Function(bootSource) as () => void)();
  return document.documentElement.getAttribute('data-spoilers');
}

/** What boot.js marks for the horizon at this address: the number seen, or null for none. */
function bootSeen(search = '') {
  document.documentElement.removeAttribute('data-seen');
  boot(search);
  return document.documentElement.getAttribute('data-seen');
}

afterEach(() => {
  document.documentElement.removeAttribute('data-spoilers');
  document.documentElement.removeAttribute('data-seen');
  window.history.replaceState(null, '', '/');
});

describe('public/boot.js', () => {
  it('marks nothing for a first visit', () => {
    expect(boot()).toBeNull();
  });

  it('copies the stored choice exactly as the app writes it', () => {
    const choice = serializeVisibility(parseVisibility('episode-1'));
    localStorage.setItem(SPOILER_STORAGE_KEY, choice);
    expect(boot()).toBe('episode-1');
    localStorage.setItem(SPOILER_STORAGE_KEY, serializeVisibility(parseVisibility('premise')));
    document.documentElement.removeAttribute('data-spoilers');
    expect(boot()).toBe('premise');
  });

  it('marks nothing for a stored "all hidden" or a foreign value', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, '');
    expect(boot()).toBeNull();
    localStorage.setItem(SPOILER_STORAGE_KEY, 'everything');
    expect(boot()).toBeNull();
  });

  it('knows the same levels as the app and follows the URL over storage', () => {
    expect(boot('?spoilers=show')).toBe(serializeVisibility(ALL_SHOWN));
    expect(serializeVisibility(ALL_SHOWN)).toBe([...SPOILER_LEVELS, 'all'].join(' '));
    document.documentElement.removeAttribute('data-spoilers');
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise');
    expect(boot('?spoilers=hide')).toBeNull();
  });

  it('does not throw when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => boot()).not.toThrow();
    expect(document.documentElement.hasAttribute('data-spoilers')).toBe(false);
    expect(boot('?spoilers=show')).toBe('premise episode-1 all');
  });

  it('marks the same horizon as the app, from the link or else from storage', () => {
    const episodes = metallicRouge.run?.episodeCount.value ?? 0;
    const appSeen = (search: string) =>
      createHorizonStore(episodes, createSafeStorage(), () => search).getSnapshot().value;
    for (const stored of [null, '0', '4', '13', '14', 'abc']) {
      if (stored === null) localStorage.removeItem(HORIZON_STORAGE_KEY);
      else localStorage.setItem(HORIZON_STORAGE_KEY, stored);
      for (const search of [
        '',
        '?seen=0',
        '?seen=4',
        '?seen=13',
        '?seen=99',
        '?seen=-1',
        // A watch-along link decides the horizon when it is usable, and is set aside when not.
        '?watch=2026-12-12T03:00Z&episodes=5-6',
        '?watch=2026-12-12T03:00:30Z&episodes=5-6&seen=12',
        '?watch=2026-12-12T03:00Z&episodes=1',
        '?watch=2026-12-12T03:00Z&episodes=6-5&seen=2',
        '?watch=2026-12-12T03:00Z&episodes=13-14',
        '?watch=2026-02-30T03:00Z&episodes=5',
        '?watch=tomorrow&episodes=5&seen=3',
      ]) {
        const seen = appSeen(search);
        expect(bootSeen(search), `stored ${stored}, ${search}`).toBe(
          seen === 0 ? null : String(seen),
        );
      }
    }
  });

  it('marks the horizon of a link when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(bootSeen('?seen=8')).toBe('8');
    expect(bootSeen()).toBeNull();
  });
});
