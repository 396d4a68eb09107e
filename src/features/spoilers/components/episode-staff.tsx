import { SourceList } from '../../../components/ui/source-list.tsx';
import type { EpisodeDetail, Source } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';

type StaffCredit = NonNullable<EpisodeDetail['staff']>[number];

/** Who wrote, storyboarded and directed one episode, as its Japanese credits give them. */
export function EpisodeStaff({
  staff,
  sources,
}: {
  staff: readonly StaffCredit[];
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
