// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createPreference } from '../../src/lib/preference-store.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';

const KEY = 'metallic-rouge:test-level';

/** A small preference like the page's: a whole number from 0 to 13, stored as text. */
function levelPreference(search = '', storage = createSafeStorage()) {
  const parseLevel = (given: string) => {
    const level = Number(given);
    return /^\d+$/.test(given) && level <= 13 ? level : undefined;
  };
  return createPreference<number>({
    key: KEY,
    parse: (stored) => (stored === null ? 0 : (parseLevel(stored) ?? 0)),
    serialize: (level) => (level === 0 ? null : String(level)),
    link: { param: 'level', parse: parseLevel },
    storage,
    readSearch: () => search,
  });
}

/** What another tab of the page does: writes storage, and this tab hears a storage event. */
function otherTabWrites(value: string | null, key: string | null = KEY) {
  if (key === null) localStorage.clear();
  else if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
}

describe('a stored preference', () => {
  it('gives the default on the server, whatever is stored', () => {
    localStorage.setItem(KEY, '7');
    expect(levelPreference('?level=4').getServerSnapshot().value).toBe(0);
  });

  it('reads, writes, and removes the key for the default', () => {
    const preference = levelPreference();
    expect(preference.getSnapshot()).toMatchObject({ value: 0, remembered: true });
    preference.set(5);
    expect(localStorage.getItem(KEY)).toBe('5');
    expect(preference.getSnapshot().value).toBe(5);
    preference.set(0);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('follows another tab, a removal and a clear included', () => {
    const preference = levelPreference();
    const listener = vi.fn();
    preference.subscribe(listener);
    preference.set(3);

    otherTabWrites('9');
    expect(preference.getSnapshot().value).toBe(9);
    // The case that used to fail: a value this tab wrote came back after another tab removed it.
    otherTabWrites(null);
    expect(preference.getSnapshot().value).toBe(0);
    preference.set(2);
    otherTabWrites(null, null);
    expect(preference.getSnapshot().value).toBe(0);
    expect(listener).toHaveBeenCalledTimes(5);
  });

  it('keeps a stable snapshot until something changes', () => {
    const preference = levelPreference();
    const first = preference.getSnapshot();
    expect(preference.getSnapshot()).toBe(first);
    preference.set(1);
    expect(preference.getSnapshot()).not.toBe(first);
  });

  it('lets a link decide the visit without storing it, and stores only what the visitor changes', () => {
    localStorage.setItem(KEY, '2');
    const preference = levelPreference('?level=8');
    expect(preference.getSnapshot()).toMatchObject({ value: 8, fromLink: true });
    otherTabWrites('6');
    expect(preference.getSnapshot().value).toBe(8);
    preference.update((level) => level + 1);
    expect(preference.getSnapshot().value).toBe(9);
    expect(localStorage.getItem(KEY)).toBe('7');
  });

  it('makes a value set during a link’s visit the visitor’s own: stored, and other tabs followed again', () => {
    localStorage.setItem(KEY, '2');
    const preference = levelPreference('?level=8');
    preference.set(5);
    expect(preference.getSnapshot()).toMatchObject({ value: 5, fromLink: false });
    expect(localStorage.getItem(KEY)).toBe('5');
    otherTabWrites('6');
    expect(preference.getSnapshot().value).toBe(6);
  });

  it('stops naming a rejected link once the visitor sets a value', () => {
    const preference = levelPreference('?level=abc');
    expect(preference.getSnapshot().rejectedLinkValue).toBe('abc');
    preference.set(3);
    expect(preference.getSnapshot()).toMatchObject({ value: 3, rejectedLinkValue: null });
  });

  it.each(['99', '-1', 'abc', ''])('rejects ?level=%s, names it, and falls back', (given) => {
    localStorage.setItem(KEY, '4');
    const preference = levelPreference(`?level=${encodeURIComponent(given)}`);
    expect(preference.getSnapshot()).toMatchObject({
      value: 4,
      fromLink: false,
      rejectedLinkValue: given,
    });
  });

  it('works for the visit when storage is blocked, and says it is not remembered', () => {
    const blocked = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const preference = levelPreference('', blocked);
    expect(preference.getSnapshot().value).toBe(0);
    preference.set(11);
    expect(preference.getSnapshot()).toMatchObject({ value: 11, remembered: false });
  });
});
