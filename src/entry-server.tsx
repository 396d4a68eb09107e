import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app.tsx';
import { counter, IslandCount } from './app/island.tsx';
import { SHOW_ID } from './app/show-id.ts';
import { showQueryOptions } from './data/show-query.ts';
import { headTags } from './features/sharing/head-tags.ts';
import { createQueryClient } from './lib/query-client.ts';
import { queryStateScript } from './lib/query-state.ts';

export interface PreRendered {
  /** The page's markup, to go inside #root. */
  appHtml: string;
  /** The <script type="application/json"> with the query state the browser's QueryClient starts from. */
  stateScript: string;
  /** Title, description, canonical, icons, Open Graph, Twitter card and JSON-LD. */
  headHtml: string;
}

/** Renders the page at build time. Fails the build if the show's data does not validate. */
export async function render(siteUrl: string): Promise<PreRendered> {
  const queryClient = createQueryClient();
  const show = await queryClient.query(showQueryOptions(SHOW_ID));
  const appHtml = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <IslandCount value={counter()}>
          <App />
        </IslandCount>
      </QueryClientProvider>
    </StrictMode>,
  );
  // Only the show itself travels in the HTML; the story never does.
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) =>
      query.state.status === 'success' &&
      query.queryKey.length === 2 &&
      query.queryKey[0] === 'show',
  });
  return {
    appHtml,
    stateScript: queryStateScript(state),
    headHtml: headTags(show, { siteUrl, base: import.meta.env.BASE_URL }),
  };
}
