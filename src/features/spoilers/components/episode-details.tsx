import { SourceList } from '../../../components/ui/source-list.tsx';
import { citedSources } from '../../../data/cited-sources.ts';
import type { EpisodeDetail, Show } from '../../../data/show-types.ts';
import { sourcesFor, withEpisodeSources } from '../../../data/sources.ts';
import { EpisodeStaff } from './episode-staff.tsx';
import { EpisodeSynopsis } from './episode-synopsis.tsx';
import { EpisodeTitleText } from './episode-title.tsx';

/** Everything the page knows about one episode the visitor may see, each fact with its sources. */
export function EpisodeDetails({ show, episode }: { show: Show; episode: EpisodeDetail }) {
  const sources = withEpisodeSources(show.sources, episode.sources);
  const { title } = episode;
  const headingId = `episode-${episode.number}-heading`;
  // The episode's own sources that no fact above cites: full forms of open entries whose
  // addresses name a plot point, and pages cited for other episodes' headlines.
  const citedOwn = new Set(citedSources(episode.sources, episode));
  const further = episode.sources.filter((source) => !citedOwn.has(source));
  return (
    <article aria-labelledby={headingId} className="space-y-4">
      <header className="space-y-1">
        <h4 id={headingId} className="font-display text-lg">
          <span className="font-normal text-ink-muted">Episode {episode.number}:</span>{' '}
          <EpisodeTitleText title={title} />
        </h4>
        {title.variants.map((variant) => (
          <p key={variant.text} className="text-sm text-ink-muted">
            Also printed as “{variant.text}”.
          </p>
        ))}
        <SourceList
          sources={sourcesFor(sources, [
            ...title.sourceIds,
            ...title.variants.flatMap((variant) => variant.sourceIds),
          ])}
        />
      </header>
      <div>
        <h5 className="font-semibold text-ink">Setup</h5>
        <EpisodeSynopsis synopsis={episode.synopsis} sources={sources} />
      </div>
      {episode.staff && (
        <div>
          <h5 className="font-semibold text-ink">Episode staff</h5>
          <EpisodeStaff staff={episode.staff} sources={sources} />
        </div>
      )}
      {episode.corrections?.map((correction) => (
        <div key={correction.claim} className="border-l-2 border-metal pl-3 text-sm">
          <p>
            <span className="font-semibold">Corrected: </span>
            {correction.claim} {correction.correction}
          </p>
          <SourceList
            sources={sourcesFor(sources, [
              ...(correction.claimSourceIds ?? []),
              ...correction.sourceIds,
            ])}
          />
        </div>
      ))}
      {further.length > 0 && (
        <div>
          <h5 className="font-semibold text-ink">Also about this episode</h5>
          <SourceList sources={further} />
        </div>
      )}
    </article>
  );
}
