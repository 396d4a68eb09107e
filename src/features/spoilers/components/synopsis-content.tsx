import { SourceList } from '../../../components/ui/source-list.tsx';
import type { Show } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';
import type { SynopsisPart } from '../../../data/synopsis-types.ts';

/** One revealed level of the story, with the sources it rests on. */
export function SynopsisContent({ show, part }: { show: Show; part: SynopsisPart }) {
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
