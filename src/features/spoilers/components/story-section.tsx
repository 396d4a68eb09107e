import { PageSection } from '../../../components/ui/page-section.tsx';
import type { Show } from '../../../data/show-types.ts';
import { SPOILER_LEVELS } from '../../../data/synopsis-types.ts';
import { useHydrated } from '../../../lib/use-hydrated.ts';
import { useSpoilerPreference } from '../hooks/use-spoiler-preference.ts';
import { EpisodeByEpisode } from './episode-by-episode.tsx';
import { ShowAllSwitch } from './show-all-switch.tsx';
import { SynopsisGate } from './synopsis-gate.tsx';

/**
 * The story behind its gates: the two story levels, then episode by episode up to how far the
 * visitor has watched (the horizon). The hero already says what the show is, so no lead repeats it.
 */
export function StorySection({ show }: { show: Show }) {
  const { remembered } = useSpoilerPreference();
  const hydrated = useHydrated();
  return (
    <PageSection id="story" title="Story" belowTheFold>
      <p className="max-w-prose text-ink-muted">
        The plot stays off this page until you ask for it, one part at a time: nothing of it is
        downloaded before you press.
        {(!hydrated || remembered) && (
          // Without script there is no choice to remember.
          <span className="noscript:hidden"> This device remembers your choice.</span>
        )}
      </p>
      <p className="hidden max-w-prose font-semibold text-ink print:block">
        The story is left out of printouts, like everything behind the spoiler gates.
      </p>
      <noscript>
        <p className="mt-2 font-semibold text-ink">Revealing the story needs JavaScript.</p>
      </noscript>
      <p className="mt-2 hidden font-semibold text-ink [:root[data-script-failed]_&]:block">
        The page’s script could not be loaded, so the story cannot be revealed. Reloading the page
        usually fixes this.
      </p>
      {/* Without script these controls could do nothing, and on paper they are nothing: the two
          notes above say why the story is not here. */}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 noscript:hidden print:hidden">
        <ShowAllSwitch />
        {hydrated && !remembered && (
          <p className="text-sm text-ink-muted">
            This browser does not let the page store your choice, so it lasts for this visit only.
          </p>
        )}
      </div>
      <div className="mt-4 space-y-4 noscript:hidden print:hidden">
        {SPOILER_LEVELS.map((level) => (
          <SynopsisGate key={level} show={show} level={level} />
        ))}
      </div>
      {show.run && <EpisodeByEpisode show={show} />}
    </PageSection>
  );
}
