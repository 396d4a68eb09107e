import { createContext, use, type ReactNode } from 'react';
import type { Source } from '../../data/show-types.ts';

/*
 * A section cites the same few reports under many facts (one report stands behind a dozen
 * episode dates). Each citation stays a link for the pointer and for screen readers' link lists,
 * but a keyboard would stop on every one; so a section that lists its sources once, at its end,
 * takes the citations above out of the Tab order, and keyboard users meet each report once.
 */
const ListedAtSectionEnd = createContext(false);

/** True inside a section whose sources are listed, each once, at its end. */
export function useSourcesListedAtSectionEnd(): boolean {
  return use(ListedAtSectionEnd);
}

interface SectionSourcesProps {
  /** The section's heading, to name the list. */
  sectionTitle: string;
  sources: readonly Source[];
  children: ReactNode;
}

/** The section's content, then every source it cites, once each, behind one disclosure. */
export function SectionSources({ sectionTitle, sources, children }: SectionSourcesProps) {
  if (sources.length === 0) return children;
  return (
    <>
      <ListedAtSectionEnd value={true}>{children}</ListedAtSectionEnd>
      <details className="section-sources mt-10 rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">
        <summary className="cursor-pointer font-semibold text-ink">
          All {sources.length} sources for “{sectionTitle}”, as links
        </summary>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? (
                <a
                  href={source.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="underline decoration-1 underline-offset-2 hover:text-ink"
                >
                  {source.publication}, {source.date} — “{source.title}”
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <cite className="not-italic">
                  {source.publication}, {source.date} — “{source.title}”
                </cite>
              )}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
