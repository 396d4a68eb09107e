import { citedSources } from '../../data/cited-sources.ts';
import type { Show } from '../../data/show-types.ts';

interface SourceIndexProps {
  show: Show;
  /** The section's heading, to name the list. */
  sectionTitle: string;
  /** The part of the show's data the section states. */
  statedIn: (show: Show) => unknown;
}

/**
 * Every source a section cites, once each, behind one disclosure at the section's end: the one
 * place a keyboard stops for them (see source-list.tsx).
 */
export function SourceIndex({ show, sectionTitle, statedIn }: SourceIndexProps) {
  const sources = citedSources(show.sources, statedIn(show));
  if (sources.length === 0) return null;
  return (
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
  );
}
