import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { Show } from '../../../data/show-types.ts';
import { formatIsoSpan } from '../utils/announced-date.ts';
import { releaseWindow } from '../utils/release-window.ts';

/** "How the date became known": each announcement, what it pinned down, and who reported it. */
export function DateTimeline({ show }: { show: Show }) {
  if (show.timeline.length === 0) return null;
  return (
    <section aria-labelledby="release-timeline-heading">
      <h3 id="release-timeline-heading" className="font-display text-xl font-bold text-ink">
        How the date became known
      </h3>
      <ol className="mt-4 space-y-6 border-l-2 border-line pl-5">
        {show.timeline.map((step) => (
          <li key={step.id}>
            <p className="text-sm font-semibold text-metal">
              <time dateTime={step.announced}>
                {formatIsoSpan(step.announced, step.announcedUntil)}
              </time>
            </p>
            <p className="mt-1 text-ink">{step.summary}</p>
            <p className="mt-1 text-sm text-ink-muted">
              Known then: <span className="text-ink">{releaseWindow(step.release).label}</span> (to
              the {step.release.precision})
            </p>
            <SourceList sources={sourcesFor(show.sources, step.sourceIds)} className="mt-1" />
          </li>
        ))}
      </ol>
    </section>
  );
}
