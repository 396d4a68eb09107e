import { useQueryClient } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { renderToString } from 'react-dom/server';
import { islandPrefix, IslandRoot } from './island-root.tsx';
import type { IslandName } from './islands.tsx';
import { SHOW_ID } from './show-id.ts';

/** Numbers one build render's islands in document order, as the browser's entry will find them. */
export const IslandCount = createContext(counter());

/** 0, 1, 2… one call after another: a fresh one for each render of the page. */
export function counter(): () => number {
  let next = 0;
  return () => next++;
}

/** The show the page is about, for its islands (ShowPage provides it). */
export const IslandShow = createContext(SHOW_ID);

/**
 * A live piece of the page, in the page the build renders: an element that carries its name and
 * holds its own React tree, rendered apart so that the browser can render it apart (src/main.tsx).
 * In the dev server and component tests, which render the whole page in the browser, the tree is
 * simply rendered in place.
 */
export function Island({ name, className }: { name: IslandName; className?: string }) {
  const client = useQueryClient();
  const nextIndex = use(IslandCount);
  const tree = <IslandRoot name={name} showId={use(IslandShow)} client={client} />;
  if (!import.meta.env.SSR) {
    return (
      <div data-island={name} className={className}>
        {tree}
      </div>
    );
  }
  const html = renderToString(tree, { identifierPrefix: islandPrefix(nextIndex()) });
  return (
    // React's own markup for the island, which the browser's render of it replaces.
    // eslint-disable-next-line no-restricted-syntax -- the one place HTML is inserted: React made it
    <div data-island={name} className={className} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
