import { useHydrated } from '../../../lib/hydrating.ts';
import { useSpoilerPreference } from '../hooks/use-spoiler-preference.ts';
import { isAllShown } from '../utils/spoiler-visibility.ts';

/**
 * One press for every level. On means every level is shown; turning it off hides them all.
 * Before hydration it stays invisible (keeping its space) when boot.js found a level to show,
 * rather than flash "off" for a visitor whose choice may be "on".
 */
export function ShowAllSwitch() {
  const { visibility, setAll } = useSpoilerPreference();
  const hydrated = useHydrated();
  const on = isAllShown(visibility);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      // Until the island is live a press could do nothing: it says so by being disabled.
      disabled={!hydrated}
      onClick={() => {
        setAll(!on);
      }}
      className={`group inline-flex min-h-11 items-center gap-3 rounded-md px-1 font-semibold text-ink disabled:cursor-progress disabled:opacity-75 ${hydrated ? '' : '[:root[data-spoilers]_&]:invisible'}`}
    >
      <span
        aria-hidden="true"
        className="relative inline-block h-6 w-11 shrink-0 rounded-full border border-metal bg-surface-raised transition-colors group-aria-checked:border-accent group-aria-checked:bg-accent forced-color-adjust-none forced-colors:border-[CanvasText] forced-colors:bg-[Canvas] forced-colors:group-aria-checked:bg-[Highlight]"
      >
        {/* Forced colours (Windows high contrast) would repaint both spans alike and lose the thumb:
            they keep their own system colours instead, the track filled with Highlight when on. */}
        <span className="absolute top-0.5 left-0.5 size-4.5 rounded-full bg-ink-muted transition-transform group-aria-checked:translate-x-5 group-aria-checked:bg-on-accent forced-color-adjust-none forced-colors:bg-[CanvasText] forced-colors:group-aria-checked:bg-[HighlightText]" />
      </span>
      Show all spoilers
    </button>
  );
}
