import type { ReactNode } from 'react';
import type { Source } from '../../data/show-types.ts';
import { SectionSources } from './section-sources.tsx';

interface PageSectionProps {
  id: string;
  title: string;
  /** A short line under the heading. */
  lead?: ReactNode;
  /** Every source the section cites, listed once at its end (see section-sources.tsx). */
  sources?: readonly Source[];
  children: ReactNode;
}

/** A top-level section of the page: a landmark named by its h2. */
export function PageSection({ id, title, lead, sources = [], children }: PageSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6"
    >
      <h2
        id={headingId}
        className="font-display text-2xl font-bold tracking-tight text-ink sm:text-3xl"
      >
        {title}
      </h2>
      {lead && <p className="mt-2 max-w-prose text-ink-muted">{lead}</p>}
      <div className="mt-6">
        <SectionSources sectionTitle={title} sources={sources}>
          {children}
        </SectionSources>
      </div>
    </section>
  );
}
