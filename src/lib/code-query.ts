import { queryOptions } from '@tanstack/react-query';

/**
 * Code the page downloads when it is first needed (a form, a list), loaded as the page loads its
 * data: retried, paused while the browser is offline, and shown with its loading line, or its
 * failure and "Try again", by QueryResult. One download per name, shared by every user.
 */
export function codeQueryOptions<T>(name: string, load: () => Promise<T>) {
  return queryOptions({ queryKey: ['code', name] as const, queryFn: load, staleTime: 'static' });
}
