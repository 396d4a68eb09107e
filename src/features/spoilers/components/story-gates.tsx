import type { Show } from '../../../data/show-types.ts';
import { SPOILER_LEVELS } from '../../../data/synopsis-types.ts';
import { useLive } from '../../../lib/live.ts';
import { useSpoilerPreference } from '../hooks/use-spoiler-preference.ts';
import { isAllShown } from '../utils/spoiler-visibility.ts';
import { EpisodeList } from './episode-list.tsx';
import { SynopsisGate } from './synopsis-gate.tsx';

/**
 * What moves in the story section (an island of its own): the switch for every level, a gate per
 * level, and once live, the story episode by episode up to the visitor's horizon, which the
 * pre-rendered HTML never knows.
 */
export function StoryGates({ show }: { show: Show }) {
  const { visibility, remembered, setAll } = useSpoilerPreference();
  const live = useLive();
  const allShown = isAllShown(visibility);
  return (
    <>
      {/* Without script these controls could do nothing, and on paper they are nothing: the notes
          above them say why the story is not here. */}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 noscript:hidden print:hidden">
        {/* "Show all spoilers": on shows every level, off hides them all. Until live it stays
            invisible (keeping its space) when boot.js found a level to show, rather than flash
            "off" for a visitor whose choice may be "on". */}
        <button
          type="button"
          role="switch"
          aria-checked={allShown}
          // Until the island is live a press could do nothing: it says so by being disabled.
          disabled={!live}
          onClick={() => {
            setAll(!allShown);
          }}
          className={`group inline-flex min-h-11 items-center gap-3 rounded-md px-1 font-semibold text-ink disabled:cursor-progress disabled:opacity-75 ${live ? '' : '[:root[data-spoilers]_&]:invisible'}`}
        >
          <span
            aria-hidden="true"
            className="relative inline-block h-6 w-11 shrink-0 rounded-full border border-metal bg-surface-raised transition-colors group-aria-checked:border-accent group-aria-checked:bg-accent forced-color-adjust-none forced-colors:border-[CanvasText] forced-colors:bg-[Canvas] forced-colors:group-aria-checked:bg-[Highlight]"
          >
            {/* Forced colours (Windows high contrast) would paint both spans alike, losing the thumb:
                each keeps its own system colour, the track filled with Highlight when on. */}
            <span className="absolute top-0.5 left-0.5 size-4.5 rounded-full bg-ink-muted transition-transform group-aria-checked:translate-x-5 group-aria-checked:bg-on-accent forced-color-adjust-none forced-colors:bg-[CanvasText] forced-colors:group-aria-checked:bg-[HighlightText]" />
          </span>
          Show all spoilers
        </button>
        {live && (
          <p className="text-sm text-ink-muted">
            {remembered
              ? 'This device remembers your choice.'
              : 'This browser does not let the page store your choice, so it lasts for this visit only.'}
          </p>
        )}
      </div>
      <div className="mt-4 space-y-4 noscript:hidden print:hidden">
        {SPOILER_LEVELS.map((level) => (
          <SynopsisGate key={level} show={show} level={level} />
        ))}
      </div>
      {live && show.run && <EpisodeList show={show} />}
    </>
  );
}
