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

/** jsdom's Blob has no text(); FileReader is the way it offers. */
export function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) {
      reject(new Error('no file was made'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('the file could not be read'));
    };
    reader.readAsText(blob);
  });
}
