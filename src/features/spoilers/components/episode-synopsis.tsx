import { SourceList } from '../../../components/ui/source-list.tsx';
import type { EpisodeSynopsis as Synopsis, Source } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';

const BASIS: Record<Exclude<Synopsis['basis'], 'none'>, string> = {
  press: 'From the synopsis released to the press before the broadcast.',
  official: 'From the synopsis on the official site.',
  blog: 'From the pre-broadcast synopsis, as a blog reproduced it.',
};

/**
 * What an episode sets up, or a plain statement that no synopsis was recorded, with why: the page
 * never writes one of its own.
 */
export function EpisodeSynopsis({
  synopsis,
  sources,
}: {
  synopsis: Synopsis;
  sources: readonly Source[];
}) {
  if (synopsis.basis === 'none') {
    return (
      <div className="space-y-2">
        <p className="font-semibold">No synopsis was recorded for this episode.</p>
        <p className="text-ink-muted">{synopsis.reason}</p>
        {synopsis.headline && (
          <>
            <p>{synopsis.headline.text}</p>
            <SourceList sources={sourcesFor(sources, synopsis.headline.sourceIds)} />
          </>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {synopsis.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p className="text-sm text-ink-muted">{BASIS[synopsis.basis]}</p>
      <SourceList sources={sourcesFor(sources, synopsis.sourceIds)} />
    </div>
  );
}
