import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShowDataError } from '../../src/data/show-data-error.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { validateShow } from '../../src/data/validate-show.ts';

type Key = string | number;

/** Every leaf (string, number, boolean) of the data with its path. */
function leaves(node: unknown, path: Key[] = []): { path: Key[]; value: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => leaves(child, [...path, index]));
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [{ path, value: node }];
}

/** The path as the validator prints it: `staff[2].name`. */
function printed(path: Key[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

function withLeaf(path: Key[], value: unknown): unknown {
  const copy = structuredClone(metallicRouge) as unknown as Record<Key, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

function reportedPaths(data: unknown): string[] {
  try {
    validateShow(data, 'metallic-rouge');
    return [];
  } catch (error) {
    if (!(error instanceof ShowDataError)) throw error;
    return error.problems.map((problem) => problem.path);
  }
}

const allLeaves = leaves(metallicRouge);
const stringLeaves = allLeaves.filter((leaf) => typeof leaf.value === 'string');

describe('validation against random damage to the real data', () => {
  it('rejects any text emptied, naming exactly where', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stringLeaves),
        fc.constantFrom('', ' ', '\t\n'),
        (leaf, blank) => {
          expect(reportedPaths(withLeaf(leaf.path, blank))).toContain(printed(leaf.path));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects any value replaced by one of the wrong type, naming exactly where', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allLeaves),
        fc.oneof(fc.integer(), fc.constant(null), fc.constant({}), fc.constant([])),
        (leaf, wrong) => {
          // An episode number swapped for another number is damage, but not of the wrong type.
          fc.pre(typeof wrong !== typeof leaf.value);
          expect(reportedPaths(withLeaf(leaf.path, wrong))).toContain(printed(leaf.path));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects any source id swapped for an unknown one', () => {
    const sourceIdLeaves = allLeaves.filter((leaf) => leaf.path.at(-2) === 'sourceIds');
    fc.assert(
      fc.property(
        fc.constantFrom(...sourceIdLeaves),
        fc
          .string({ minLength: 1 })
          .filter(
            (id) => id.trim() !== '' && !metallicRouge.sources.some((s) => s.id === id.trim()),
          ),
        (leaf, unknownId) => {
          expect(reportedPaths(withLeaf(leaf.path, unknownId))).toContain(printed(leaf.path));
        },
      ),
    );
  });

  it('accepts the data unchanged', () => {
    expect(reportedPaths(structuredClone(metallicRouge))).toEqual([]);
  });
});
