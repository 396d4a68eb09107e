import type { ReactNode } from 'react';
import { PageSection } from '../../../components/ui/page-section.tsx';

/**
 * The story behind its gates (`gates`: the StoryGates island). The hero already says what the
 * show is, so no lead repeats it.
 */
export function StorySection({ gates }: { gates: ReactNode }) {
  return (
    <PageSection id="story" title="Story" belowTheFold>
      <p className="max-w-prose text-ink-muted">
        The plot stays off this page until you ask for it, one part at a time: nothing of it is
        downloaded before you press.
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
      {gates}
    </PageSection>
  );
}
