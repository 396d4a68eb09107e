// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  THEME_KEY,
  chooseTheme,
  followThemeOfOtherTabs,
} from '../../src/features/theme/stores/theme-store.ts';

function otherTabStores(newValue: string | null, key = THEME_KEY) {
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
  localStorage.clear();
});

describe('the theme preference', () => {
  it('shows a chosen theme at once and stores it', () => {
    chooseTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
  });

  it('follows a theme chosen in another tab until told to stop', () => {
    const stop = followThemeOfOtherTabs();
    otherTabStores('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    otherTabStores('sepia');
    otherTabStores('dark', 'metallic-rouge:spoilers');
    expect(document.documentElement.dataset.theme).toBe('light');

    stop();
    otherTabStores('dark');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
