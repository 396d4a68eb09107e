import type { EpisodeDetail } from '../../../data/show-types.ts';

/**
 * An episode's title in English and as credited in Japanese. A title found in only one place is
 * kept, and says so, so a reader knows how far to trust it.
 */
export function EpisodeTitleText({ title }: { title: EpisodeDetail['title'] }) {
  return (
    <span>
      <span className="font-semibold">{title.english}</span>
      <OneSource shown={title.singleSource.includes('english')} />{' '}
      <span lang="ja">{title.japanese}</span>
      <OneSource shown={title.singleSource.includes('japanese')} />
    </span>
  );
}

function OneSource({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <>
      {' '}
      <span className="text-sm text-ink-muted">(found in one source only)</span>
    </>
  );
}
