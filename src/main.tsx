/*
 * Entry. The build wrote the whole page as HTML; what moves is islands (`data-island`, see
 * app/island.tsx), each hydrated here as a React root of its own. The rest of the page is never
 * hydrated, and its code is not in this script.
 */
import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { islandPrefix, IslandRoot } from './app/island-root.tsx';
import { isIslandName } from './app/islands.tsx';
import { SHOW_ID } from './app/show-id.ts';
import { createQueryClient } from './lib/query-client.ts';
import { readQueryState } from './lib/query-state.ts';

const client = createQueryClient();
const state = readQueryState(document);

// Errors caught by a boundary are shown to the visitor by that boundary; logging them too would
// only add console noise in production.
const onCaughtError = (error: unknown) => {
  if (import.meta.env.DEV) console.error(error);
};

if (state) {
  hydrate(client, state);
  document.querySelectorAll<HTMLElement>('[data-island]').forEach((element, index) => {
    const name = element.dataset.island;
    if (!isIslandName(name)) throw new Error(`The page has an unknown island "${name}".`);
    const markLive = () => {
      element.setAttribute('data-live', '');
    };
    // As a transition, React hydrates in slices the browser can interrupt for input.
    startTransition(() => {
      hydrateRoot(
        element,
        <IslandRoot name={name} showId={SHOW_ID} client={client} onLive={markLive} />,
        { identifierPrefix: islandPrefix(index), onCaughtError },
      );
    });
  });
} else if (import.meta.env.DEV) {
  // The dev server does not pre-render: the whole page renders in the browser.
  void import('./app/dev-page.tsx').then((module) => {
    module.renderPage(client, onCaughtError);
  });
}
