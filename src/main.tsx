/*
 * Entry. The build wrote the whole page as HTML; what moves is islands (`data-island`, see
 * app/island.tsx), each rendered here as a React root of its own, over the HTML the build wrote
 * for it. The rest of the page is never rendered by React in the browser, and its code is not in
 * this script.
 */
import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
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
    // Rendered afresh with the browser's values rather than hydrated: one render instead of two
    // (hydrating, then the values the build could not know), live sooner on a slow phone
    // (docs/performance.md). React swaps the build's HTML for its own in one commit, so nothing
    // flashes; before that, nothing in an island can hold focus (tests/e2e/boot.spec.ts).
    // As a transition, React renders in slices the browser can interrupt for input.
    const root = createRoot(element, { identifierPrefix: islandPrefix(index), onCaughtError });
    startTransition(() => {
      root.render(<IslandRoot name={name} showId={SHOW_ID} client={client} onLive={markLive} />);
    });
  });
} else if (import.meta.env.DEV) {
  // The dev server does not pre-render: the whole page renders in the browser.
  void import('./app/dev-page.tsx').then((module) => {
    module.renderPage(client, onCaughtError);
  });
}
