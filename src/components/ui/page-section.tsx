import type { ReactNode } from 'react';
import type { Show } from '../../data/show-types.ts';
import { SourceIndex } from './source-index.tsx';
import { SourcesListedAtSectionEnd } from './source-list.tsx';

interface PageSectionProps {
  id: string;
  title: string;
  /** A short line under the heading. */
  lead?: ReactNode;
  /**
   * To list every source the section cites once, at its end (see source-list.tsx): the show,
   * and the part of its data the section states.
   */
  sources?: { show: Show; statedIn: (show: Show) => unknown };
  /** Starts below the first screen: rendered as it nears the viewport (`.below-the-fold`, index.css). */
  belowTheFold?: boolean;
  children: ReactNode;
}

/** A top-level section of the page: a landmark named by its h2. */
export function PageSection({
  id,
  title,
  lead,
  sources,
  belowTheFold = false,
  children,
}: PageSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`mx-auto w-full max-w-6xl px-4 py-10 sm:px-6${belowTheFold ? ' below-the-fold' : ''}`}
    >
      <h2
        id={headingId}
        className="font-display text-2xl font-bold tracking-tight text-ink sm:text-3xl"
      >
        {title}
      </h2>
      {lead && <p className="mt-2 max-w-prose text-ink-muted">{lead}</p>}
      <div className="mt-6">
        {sources ? (
          <>
            <SourcesListedAtSectionEnd value={true}>{children}</SourcesListedAtSectionEnd>
            <SourceIndex show={sources.show} sectionTitle={title} statedIn={sources.statedIn} />
          </>
        ) : (
          children
        )}
      </div>
    </section>
  );
}
