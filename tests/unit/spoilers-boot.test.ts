// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { SPOILER_LEVELS } from '../../src/data/synopsis-types.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import {
  GROUP_ATTRIBUTE,
  HORIZON_STORAGE_KEY,
  createHorizonStore,
} from '../../src/features/spoilers/stores/horizon-store.ts';
import {
  ALL_SHOWN,
  SPOILER_STORAGE_KEY,
  parseVisibility,
  serializeVisibility,
} from '../../src/features/spoilers/utils/spoiler-visibility.ts';
import { readWatchLink } from '../../src/features/watch-along/utils/watch-link.ts';
import { clearBoot, runBoot } from '../boot-helpers.ts';

/** Runs public/boot.js at the given address; what it marks for the spoiler levels. */
function boot(search = '') {
  runBoot(search);
  return document.documentElement.getAttribute('data-spoilers');
}

/** What boot.js marks for the horizon at this address: the number seen, or null for none. */
function bootSeen(search = '') {
  runBoot(search);
  return document.documentElement.getAttribute('data-seen');
}

afterEach(clearBoot);

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
        // The app's store is made after boot.js has run, as on the page.
        const marked = bootSeen(search);
        const seen = appSeen(search);
        expect(marked, `stored ${stored}, ${search}`).toBe(seen === 0 ? null : String(seen));
      }
    }
  });

  it('marks the group’s horizon for a usable watch-along link, whatever is stored', () => {
    const groupSeen = (search: string) => {
      runBoot(search);
      return document.documentElement.getAttribute(GROUP_ATTRIBUTE);
    };
    localStorage.setItem(HORIZON_STORAGE_KEY, '9');
    expect(groupSeen('?watch=2026-12-12T03:00Z&episodes=5-6&seen=12')).toBe('4');
    expect(groupSeen('?watch=2026-12-12T03:00Z&episodes=1')).toBe('0');
    expect(document.documentElement.getAttribute('data-seen')).toBeNull();
    expect(groupSeen('?watch=2026-12-12T03:00Z&episodes=6-5')).toBeNull();
    expect(groupSeen('?seen=4')).toBeNull();
  });

  it('finds a watch-along link usable exactly when the watch-along card does (property)', () => {
    // Near misses of the format as well as noise: the two readings must draw the line alike.
    const instant = fc.oneof(
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16) + 'Z'),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 19) + 'Z'),
      fc.constantFrom('2026-02-30T03:00Z', '2026-02-03T24:00Z', '2026-02-03T20:00', ' '),
      fc.string(),
    );
    const episode = fc.oneof(fc.integer({ min: -1, max: 15 }).map(String), fc.string());
    const episodes = fc.oneof(
      episode,
      fc.tuple(episode, episode).map((pair) => pair.join('-')),
    );
    fc.assert(
      fc.property(instant, episodes, (watch, range) => {
        const search = `?watch=${encodeURIComponent(watch)}&episodes=${encodeURIComponent(range)}`;
        runBoot(search);
        const usable = readWatchLink(search, 13)?.watchAlong;
        expect(document.documentElement.getAttribute(GROUP_ATTRIBUTE)).toBe(
          usable ? String(usable.firstEpisode - 1) : null,
        );
      }),
    );
  });

  it('marks the horizon of a link when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(bootSeen('?seen=8')).toBe('8');
    expect(bootSeen()).toBeNull();
  });
});
