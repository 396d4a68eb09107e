import * as v from 'valibot';
import { forEachSourceIdList } from './cited-sources.ts';
import { episodeDetailSchema, type EpisodeDetail } from './episode-schema.ts';
import { showSchema } from './show-schema.ts';
import { ShowDataError, type DataProblem } from './show-data-error.ts';
import type { Show } from './show-types.ts';
import { synopsisPartSchema } from './synopsis-schema.ts';
import type { SynopsisPart } from './synopsis-types.ts';

/**
 * Checks untrusted show data: its shape (the schema), then what a schema cannot see alone —
 * ids that repeat and source ids that point nowhere. Throws a ShowDataError naming every problem.
 */
export function validateShow(data: unknown, showId: string): Show {
  const show = parseOrThrow(showSchema, data, showId);
  const known = new Set(show.sources.map((source) => source.id));
  const problems = [...findDuplicateIds(show), ...findUnknownSourceIds(show, known)];
  if (problems.length > 0) throw new ShowDataError(showId, problems);
  return show;
}

/** The same checks for one part of the story, whose sources are the show's. */
export function validateSynopsisPart(data: unknown, show: Show): SynopsisPart {
  const label = `${show.id} story`;
  const part = parseOrThrow(synopsisPartSchema, data, label);
  const known = new Set(show.sources.map((source) => source.id));
  const problems = findUnknownSourceIds(part, known);
  if (problems.length > 0) throw new ShowDataError(label, problems);
  return part;
}

/**
 * The same checks for one episode's gated module. Its facts may cite the show's sources or the
 * episode's own; an own source with the id of an open one is that source's full form, so it is
 * not a duplicate. `expectedNumber` catches a module registered under the wrong episode.
 */
export function validateEpisodeDetail(
  data: unknown,
  show: Show,
  expectedNumber?: number,
): EpisodeDetail {
  const label = `${show.id} episode ${expectedNumber ?? '?'}`;
  const episode = parseOrThrow(episodeDetailSchema, data, label);
  const ownIds = episode.sources.map((source) => source.id);
  const known = new Set([...show.sources.map((source) => source.id), ...ownIds]);
  const problems = [
    ...(expectedNumber !== undefined && episode.number !== expectedNumber
      ? [{ path: 'number', value: episode.number, message: `must be ${expectedNumber}` }]
      : []),
    ...findRepeats(ownIds, 'sources'),
    ...findUnknownSourceIds(episode, known),
  ];
  if (problems.length > 0) throw new ShowDataError(label, problems);
  return episode;
}

function parseOrThrow<const Schema extends v.GenericSchema>(
  schema: Schema,
  data: unknown,
  label: string,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, data);
  if (!result.success) throw new ShowDataError(label, result.issues.map(toProblem));
  return result.output;
}

function toProblem(issue: v.BaseIssue<unknown>): DataProblem {
  return { path: formatPath(issue.path ?? []), value: issue.input, message: issue.message };
}

export function formatPath(path: readonly { key: unknown }[]): string {
  return path
    .map(({ key }, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function findDuplicateIds(show: Show): DataProblem[] {
  const lists = {
    timeline: show.timeline,
    staff: show.staff,
    cast: show.cast,
    sources: show.sources,
  };
  return Object.entries(lists).flatMap(([listName, items]) =>
    findRepeats(
      items.map((item) => item.id),
      listName,
    ),
  );
}

function findRepeats(ids: readonly string[], listName: string): DataProblem[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ path: `${listName}[${index}].id`, value: id, message: 'repeats an earlier id' }];
  });
}

/** Checks every id in the data's `sourceIds` (and `datedSourceIds`, …) against the known sources. */
function findUnknownSourceIds(data: unknown, known: ReadonlySet<string>): DataProblem[] {
  const problems: DataProblem[] = [];
  forEachSourceIdList(data, (ids, path) => {
    ids.forEach((id, index) => {
      if (typeof id === 'string' && !known.has(id)) {
        problems.push({
          path: formatPath([...path, { key: index }]),
          value: id,
          message: 'is not the id of any source',
        });
      }
    });
  });
  return problems;
}
