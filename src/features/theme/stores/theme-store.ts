import { createPreference } from '../../../lib/preference-store.ts';

/** Same key public/boot.js reads before the first paint. */
export const THEME_KEY = 'metallic-rouge:theme';

export type Theme = 'light' | 'dark';

/** The visitor's chosen scheme; null follows the system's. */
const themePreference = createPreference<Theme | null>({
  key: THEME_KEY,
  parse: (stored) => (stored === 'light' || stored === 'dark' ? stored : null),
  serialize: (theme) => theme,
});

/** The scheme on screen now: the visitor's choice, else the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

/** Shows `theme` now and remembers it on this device (for this visit only if storage is blocked). */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  themePreference.set(theme);
}

/**
 * Follows a theme chosen in another tab of this page. CSS reads the theme from <html>, so it is
 * applied there rather than through React. Returns the function that stops following.
 */
export function followThemeOfOtherTabs(): () => void {
  return themePreference.subscribe(() => {
    const theme = themePreference.getSnapshot().value;
    if (theme) document.documentElement.dataset.theme = theme;
  });
}
