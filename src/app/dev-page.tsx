import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

/** The dev server's page, rendered whole in the browser: the build's is pre-rendered instead. */
export function renderPage(client: QueryClient, onCaughtError: (error: unknown) => void): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element to render the page into.');
  createRoot(container, { onCaughtError }).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
