import { useQuery } from '@tanstack/react-query';
import { useRef, type RefObject } from 'react';
import { QueryResult } from '../../../components/ui/query-result.tsx';
import { SourceList } from '../../../components/ui/source-list.tsx';
import type { Show } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';
import type { SpoilerLevel, SynopsisPart } from '../../../data/synopsis-types.ts';
import { synopsisQueryOptions } from '../api/synopsis-query.ts';
import { LEVEL_COPY } from '../utils/level-copy.ts';

export interface SynopsisPanelProps {
  show: Show;
  level: SpoilerLevel;
  /**
   * Where focus goes as "Try again" (and its panel) goes away: the gate's button, or, where the
   * level opened without one, this panel's own place.
   */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/**
 * One opened level of the story: "Loading…", an error whose "Try again" works, or the text. Only
 * mounted once the level is open, so its query (and the level's chunk) starts then.
 */
export function SynopsisPanel({ show, level, returnFocusTo }: SynopsisPanelProps) {
  const query = useQuery(synopsisQueryOptions(show.id, level));
  // Stays through every state, so focus has somewhere to go when there is no button.
  const placeRef = useRef<HTMLDivElement>(null);
  return (
    <div ref={placeRef} tabIndex={-1} className="mt-4">
      <QueryResult
        query={query}
        what={LEVEL_COPY[level].subject}
        errorTitle={`${capitalize(LEVEL_COPY[level].subject)} could not be loaded`}
        focusOnRetry={() => (returnFocusTo.current ?? placeRef.current)?.focus()}
      >
        {(part) => <SynopsisContent show={show} part={part} />}
      </QueryResult>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One revealed level of the story, with the sources it rests on. */
function SynopsisContent({ show, part }: { show: Show; part: SynopsisPart }) {
  return (
    <article className="max-w-prose space-y-3 text-ink">
      <h3 className="font-display text-xl font-semibold">{part.heading}</h3>
      {part.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {part.note && (
        <p className="border-l-2 border-metal pl-3 text-sm text-ink-muted">
          <span className="font-semibold">Where sources differ: </span>
          {part.note}
        </p>
      )}
      <SourceList sources={sourcesFor(show.sources, part.sourceIds)} />
    </article>
  );
}
