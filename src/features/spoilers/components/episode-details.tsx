import { SourceList } from '../../../components/ui/source-list.tsx';
import { citedSources } from '../../../data/cited-sources.ts';
import type { EpisodeDetail, Show, Source } from '../../../data/show-types.ts';
import { sourcesFor, withEpisodeSources } from '../../../data/sources.ts';
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

/** Who wrote, storyboarded and directed one episode, as its Japanese credits give them. */
function EpisodeStaff({
  staff,
  sources,
}: {
  staff: NonNullable<EpisodeDetail['staff']>;
  sources: readonly Source[];
}) {
  const sourceIds = staff.flatMap((credit) => credit.sourceIds);
  return (
    <div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {staff.map((credit) => (
          <div key={credit.role} className="contents">
            <dt className="text-ink-muted">{credit.role}</dt>
            <dd>
              {credit.names.map((name, index) => (
                <span key={name.native}>
                  {index > 0 && ', '}
                  <span lang="ja">{name.native}</span>
                  {name.latin && ` (${name.latin})`}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <SourceList sources={sourcesFor(sources, sourceIds)} className="mt-2" />
    </div>
  );
}

const BASIS: Record<Exclude<EpisodeDetail['synopsis']['basis'], 'none'>, string> = {
  press: 'From the synopsis released to the press before the broadcast.',
  official: 'From the synopsis on the official site.',
  blog: 'From the pre-broadcast synopsis, as a blog reproduced it.',
};

/**
 * What an episode sets up, or a plain statement that no synopsis was recorded, with why: the page
 * never writes one of its own.
 */
function EpisodeSynopsis({
  synopsis,
  sources,
}: {
  synopsis: EpisodeDetail['synopsis'];
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
