import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { BroadcastRun, Show } from '../../../data/show-types.ts';

/** Crunchyroll's time with its sources, then every report that says otherwise, said openly. */
export function RunDisagreements({ show, run }: { show: Show; run: BroadcastRun }) {
  const { crunchyroll } = run;
  return (
    <div className="mt-6 space-y-4 text-ink">
      <div>
        <h4 className="font-semibold">Crunchyroll&rsquo;s time</h4>
        <p className="mt-1 max-w-prose text-ink-muted">
          {crunchyroll.summary} {crunchyroll.laterDubs} {crunchyroll.freeViewing}
        </p>
        <SourceList sources={sourcesFor(show.sources, crunchyroll.sourceIds)} className="mt-1" />
      </div>
      <div>
        <h4 className="font-semibold">Where reports disagree</h4>
        <ul className="mt-2 max-w-prose space-y-3">
          {crunchyroll.disagreements.map((disagreement) => (
            <li key={`${disagreement.printed}|${disagreement.episodes.join(',')}`}>
              <p>
                For {disagreement.episodes.length === 1 ? 'episode' : 'episodes'}{' '}
                {disagreement.episodes.join(', ')}, some outlets printed &ldquo;
                {disagreement.printed}&rdquo;.{' '}
                <span className="text-ink-muted">{disagreement.problem}</span>
              </p>
              <SourceList sources={sourcesFor(show.sources, disagreement.sourceIds)} />
            </li>
          ))}
          {run.corrections.map((correction) => (
            <li key={correction.claim}>
              <p>
                {correction.claim} <span className="text-ink-muted">{correction.correction}</span>
              </p>
              <SourceList sources={sourcesFor(show.sources, correction.sourceIds)} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
