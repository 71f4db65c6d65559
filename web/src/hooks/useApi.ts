/**
 * Load data for a page: loading → ok | error, with `retry`. The previous request is aborted
 * when the inputs change or the page goes away, so a slow answer never overwrites a newer one.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors';

export type Loaded<T> =
  | { status: 'loading'; retry: () => void }
  | { status: 'ok'; data: T; retry: () => void }
  | { status: 'error'; error: ApiError; retry: () => void };

type State<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'CLIENT', e instanceof Error ? e.message : String(e));
}

/** `key` names the inputs: a change of key loads again (like a dependency list, as one string). */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<State<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: asApiError(e) });
      },
    );
    return () => controller.abort();
    // `load` is a new closure every render; `key` says when its inputs really changed.
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry } as Loaded<T>;
}
