import type { Source } from './show-types.ts';
import { sourcesFor } from './sources.ts';

/** A key that holds a list of source ids: `sourceIds`, or a named kind such as `datedSourceIds`. */
const SOURCE_IDS_KEY = /^sourceIds$|SourceIds$/;

type DataPath = readonly { key: string | number }[];

/** Calls `visit` with every list of source ids in `data`, and where it sits, in document order. */
export function forEachSourceIdList(
  data: unknown,
  visit: (ids: readonly unknown[], path: DataPath) => void,
  path: DataPath = [],
): void {
  if (Array.isArray(data)) {
    data.forEach((child: unknown, index) => {
      forEachSourceIdList(child, visit, [...path, { key: index }]);
    });
  } else if (data !== null && typeof data === 'object') {
    for (const [key, child] of Object.entries(data)) {
      if (SOURCE_IDS_KEY.test(key) && Array.isArray(child)) visit(child, [...path, { key }]);
      else forEachSourceIdList(child, visit, [...path, { key }]);
    }
  }
}

/** Every source that `data` cites, once each, in the order of first citation. */
export function citedSources(sources: readonly Source[], data: unknown): Source[] {
  const cited: string[] = [];
  forEachSourceIdList(data, (ids) => {
    for (const id of ids) if (typeof id === 'string') cited.push(id);
  });
  return sourcesFor(sources, cited);
}
