/** Hydrates the pre-rendered page (or renders it, on the dev server). Loaded by main.tsx. */
import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppProvider } from './app/provider.tsx';
import { createQueryClient } from './lib/query-client.ts';
import { readQueryState } from './lib/query-state.ts';
import { markHydratingPreRenderedPage } from './lib/hydration-phase.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the page into.');

const queryClient = createQueryClient();
const preRenderedState = readQueryState(document);
if (preRenderedState) hydrate(queryClient, preRenderedState);

const page = (
  <StrictMode>
    <AppProvider client={queryClient}>
      <App />
    </AppProvider>
  </StrictMode>
);

// Errors caught by a boundary are shown to the visitor by that boundary; logging them too would
// only add console noise in production.
const rootOptions = {
  onCaughtError: (error: unknown) => {
    if (import.meta.env.DEV) console.error(error);
  },
};

// The build pre-renders the page; the dev server does not, and then React renders from scratch.
if (preRenderedState && container.firstElementChild) {
  markHydratingPreRenderedPage();
  // As a transition, React hydrates in slices of a few milliseconds and lets the browser handle
  // input between them, instead of one long task; the page is readable all along.
  startTransition(() => {
    hydrateRoot(container, page, rootOptions);
  });
} else {
  createRoot(container, rootOptions).render(page);
}
