import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';

/** A fresh client per test: no retries, no shared cache between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 'static', gcTime: Infinity } },
  });
}

export function renderWithClient(
  ui: ReactElement,
  { client = createTestQueryClient(), ...options }: { client?: QueryClient } & RenderOptions = {},
) {
  // Errors that a boundary catches are asserted through the error UI the boundary shows.
  const result = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>, {
    onCaughtError: () => undefined,
    ...options,
  });
  return { ...result, client };
}
