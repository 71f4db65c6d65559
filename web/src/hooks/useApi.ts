/**
 * Load data for a page: loading → ok | error, with `retry`, on TanStack Query. The query's signal
 * aborts the request when the inputs change or the page goes away, so a slow answer never
 * overwrites a newer one; a page visited again shows what it loaded last while it refreshes.
 */
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { ApiError } from '../api/errors';

export type Loaded<T> =
  | { status: 'loading'; retry: () => void }
  | { status: 'ok'; data: T; retry: () => void }
  | { status: 'error'; error: ApiError; retry: () => void };

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'CLIENT', e instanceof Error ? e.message : String(e));
}

/**
 * The app's query client. A failed load is not retried behind the reader's back (the page shows
 * the error and a Retry button), and a tab regaining focus does not reload every page.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

/**
 * `key` names the inputs: a change of key loads again (like a dependency list, as one string).
 * Keys were chosen per page (a person's id keys both the person page and their private page), so
 * the loader's own code is part of the query's identity: two call sites share cached data only
 * when they load the same thing the same way.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const client = useQueryClient();
  const site = load.toString();
  const queryKey = useMemo(() => ['api', site, key], [site, key]);
  const query = useQuery<T, ApiError>({
    queryKey,
    queryFn: async ({ signal }) => {
      try {
        return await load(signal);
      } catch (e) {
        throw asApiError(e);
      }
    },
  });
  // Retry starts afresh (loading, then the answer), as a reader pressing Retry expects.
  const retry = useCallback(() => void client.resetQueries({ queryKey, exact: true }), [client, queryKey]);
  if (query.status === 'success') return { status: 'ok', data: query.data, retry };
  if (query.status === 'error') return { status: 'error', error: query.error, retry };
  return { status: 'loading', retry };
}
