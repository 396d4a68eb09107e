import { useEffect } from 'react';
import { chooseTheme, currentTheme, followThemeOfOtherTabs } from '../stores/theme-store.ts';

/**
 * Switches between the dark and light themes. Which label shows is decided by CSS from the same
 * <html> attribute and media query that pick the colours, so it is right from the first frame
 * without React knowing the theme; hidden until the page is interactive, since it needs script.
 */
export function ThemeToggle() {
  useEffect(followThemeOfOtherTabs, []);
  return (
    <button
      type="button"
      onClick={() => {
        chooseTheme(currentTheme() === 'dark' ? 'light' : 'dark');
      }}
      className="needs-js inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-surface px-4 text-sm font-semibold text-ink hover:border-metal"
    >
      <span className="when-dark-theme">
        <span aria-hidden="true">☀ </span>Switch to light theme
      </span>
      <span className="when-light-theme">
        <span aria-hidden="true">☾ </span>Switch to dark theme
      </span>
    </button>
  );
}
