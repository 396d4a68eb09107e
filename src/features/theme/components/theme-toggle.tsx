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
      // At least as wide as its longer label: when the browser paints before the label is parsed,
      // the empty button already has its size, so neither it nor the zone button moves after.
      className="needs-js inline-flex min-h-11 min-w-60 items-center justify-center gap-2 rounded-full border border-line bg-surface px-4 text-sm font-semibold text-ink hover:border-metal"
    >
      <span className="when-dark-theme">
        <Icon path="M8 4.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7ZM8 0v2.5M8 13.5V16M0 8h2.5M13.5 8H16M2.3 2.3l1.8 1.8M11.9 11.9l1.8 1.8M2.3 13.7l1.8-1.8M11.9 4.1l1.8-1.8" />
        Switch to light theme
      </span>
      <span className="when-light-theme">
        <Icon path="M10.5 1.5a6.5 6.5 0 1 0 4 11.6A6.5 6.5 0 0 1 10.5 1.5Z" />
        Switch to dark theme
      </span>
    </button>
  );
}

/** A line drawing, not a text glyph: decoration that nothing reads and no contrast check trips on. */
function Icon({ path }: { path: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      className="mr-1.5 inline size-4 fill-none stroke-current stroke-[1.5] align-[-0.125em]"
    >
      <path d={path} />
    </svg>
  );
}
