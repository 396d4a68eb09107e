import { safeStorage } from '../../lib/safe-storage.ts';

/** Same key public/boot.js reads before the first paint. */
export const THEME_KEY = 'metallic-rouge:theme';

export type Theme = 'light' | 'dark';

/** The scheme on screen now: the visitor's choice, else the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

/** Shows `theme` now and remembers it on this device (for this visit only if storage is blocked). */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  safeStorage.set(THEME_KEY, theme);
}

/** Follows a theme chosen in another tab of this page. Returns the function that stops it. */
export function followThemeOfOtherTabs(): () => void {
  const follow = (event: StorageEvent) => {
    if (event.key !== THEME_KEY) return;
    if (event.newValue === 'light' || event.newValue === 'dark') {
      document.documentElement.dataset.theme = event.newValue;
    }
  };
  window.addEventListener('storage', follow);
  return () => {
    window.removeEventListener('storage', follow);
  };
}
