import { createContext, use } from 'react';
import type { Source } from '../../data/show-types.ts';

/*
 * A section cites the same few reports under many facts (one report stands behind a dozen
 * episode dates). Each citation stays a link for the pointer and for screen readers' link lists,
 * but a keyboard would stop on every one; so a section that lists its sources once, at its end
 * (SourceIndex), takes the citations above out of the Tab order, and keyboard users meet each
 * report once.
 */
export const SourcesListedAtSectionEnd = createContext(false);

interface SourceListProps {
  sources: readonly Source[];
  className?: string;
}

/**
 * "Source: …" under a fact. A source with an address is a link that says where it goes and opens
 * safely; one without is cited by name and date so the reader can still look it up.
 */
export function SourceList({ sources, className = '' }: SourceListProps) {
  if (sources.length === 0) return null;
  return (
    <p className={`text-sm text-ink-muted ${className}`}>
      <span>{sources.length === 1 ? 'Source: ' : 'Sources: '}</span>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <SourceCitation source={source} />
        </span>
      ))}
    </p>
  );
}

function SourceCitation({ source }: { source: Source }) {
  const listedAtSectionEnd = use(SourcesListedAtSectionEnd);
  const label = `${source.publication}, ${source.date}`;
  if (!source.url) return <cite className="not-italic">{label}</cite>;
  return (
    <a
      href={source.url}
      tabIndex={listedAtSectionEnd ? -1 : undefined}
      target="_blank"
      rel="noopener noreferrer"
      className="underline decoration-1 underline-offset-2 hover:text-ink"
    >
      {label}
      <span className="sr-only"> — “{source.title}” (opens in a new tab)</span>
    </a>
  );
}
