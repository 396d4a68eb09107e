import type { Show } from '../../../data/show-types.ts';
import { SPOILER_LEVELS } from '../../../data/synopsis-types.ts';
import { useHydrated } from '../../../lib/hydrating.ts';
import { useSpoilerPreference } from '../hooks/use-spoiler-preference.ts';
import { EpisodeList } from './episode-list.tsx';
import { ShowAllSwitch } from './show-all-switch.tsx';
import { SynopsisGate } from './synopsis-gate.tsx';

/**
 * What moves in the story section (an island of its own): the switch for every level, a gate per
 * level, and once live, the story episode by episode up to the visitor's horizon, which the
 * pre-rendered HTML never knows.
 */
export function StoryGates({ show }: { show: Show }) {
  const { remembered } = useSpoilerPreference();
  const hydrated = useHydrated();
  return (
    <>
      {/* Without script these controls could do nothing, and on paper they are nothing: the notes
          above them say why the story is not here. */}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 noscript:hidden print:hidden">
        <ShowAllSwitch />
        {hydrated && (
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
      {hydrated && show.run && <EpisodeList show={show} />}
    </>
  );
}
