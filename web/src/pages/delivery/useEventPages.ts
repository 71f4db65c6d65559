/**
 * The events behind a figure, loaded a page at a time: the first page when the table opens, the
 * next ones on "Show more", appended. A change of scope, window or list starts again, and an
 * answer for an older request is dropped (its request is aborted).
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { Schemas } from '../../api/openapi.gen';

export type EventList = Schemas['DeliveryEvents']['list'];
export type DeliveryEvent = Schemas['DeliveryEvent'];
export type EventDetails = Schemas['DeliveryEventDetails'];

const noDetails = (): EventDetails => ({ deployments: {}, changes: {}, incidents: {} });
const mergeDetails = (a: EventDetails, b: EventDetails): EventDetails => ({
  deployments: { ...a.deployments, ...b.deployments },
  changes: { ...a.changes, ...b.changes },
  incidents: { ...a.incidents, ...b.incidents },
});
export type EventsScope = { kind: 'team' | 'service'; id: string } | { kind: 'org'; id?: undefined };
export type EventsWindow = { env: string; from: string; to: string };

export const EVENTS_PAGE = 200;

interface Pages {
  items: DeliveryEvent[];
  /** When each deployment, change and incident named so far happened, and where to open it. */
  details: EventDetails;
  /** Null until the first page is in. */
  total: number | null;
  loading: boolean;
  error: ApiError | null;
  /** Load the next page (or retry the one that failed). */
  more: () => void;
}

function fetchPage(scope: EventsScope, window: EventsWindow, list: EventList, offset: number, signal: AbortSignal) {
  const query = { ...window, list, offset, limit: EVENTS_PAGE };
  if (scope.kind === 'org') return api('GET /api/delivery/org/events', { query, signal });
  return scope.kind === 'team'
    ? api('GET /api/delivery/teams/{id}/events', { params: { id: scope.id }, query, signal })
    : api('GET /api/delivery/services/{id}/events', { params: { id: scope.id }, query, signal });
}

export function useEventPages(scope: EventsScope, window: EventsWindow, list: EventList): Pages {
  const key = `${scope.kind}|${scope.id ?? ''}|${window.env}|${window.from}|${window.to}|${list}`;
  const [state, setState] = useState<{ key: string; items: DeliveryEvent[]; details: EventDetails; total: number | null; loading: boolean; error: ApiError | null }>({
    key,
    items: [],
    details: noDetails(),
    total: null,
    loading: true,
    error: null,
  });
  const [wanted, setWanted] = useState({ key, offset: 0, attempt: 0 });

  // A new scope, window or list: start from the first page.
  if (state.key !== key) {
    setState({ key, items: [], details: noDetails(), total: null, loading: true, error: null });
    setWanted({ key, offset: 0, attempt: 0 });
  }

  useEffect(() => {
    if (wanted.key !== key) return;
    const c = new AbortController();
    setState((s) => (s.key === key ? { ...s, loading: true, error: null } : s));
    fetchPage(scope, window, list, wanted.offset, c.signal).then(
      (page) => {
        if (c.signal.aborted) return;
        setState((s) => (s.key === key && s.items.length === wanted.offset ? { key, items: [...s.items, ...page.items], details: mergeDetails(s.details, page.details), total: page.total, loading: false, error: null } : s));
      },
      (e: unknown) => {
        if (c.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'CLIENT', e instanceof Error ? e.message : String(e));
        setState((s) => (s.key === key ? { ...s, loading: false, error } : s));
      },
    );
    return () => c.abort();
    // `scope`, `window` and `list` are summed up by `key`.
  }, [key, wanted.key, wanted.offset, wanted.attempt]);

  const more = useCallback(() => {
    setWanted((w) => ({ key: w.key, offset: state.items.length, attempt: w.attempt + 1 }));
  }, [state.items.length]);

  return { items: state.items, details: state.details, total: state.total, loading: state.loading, error: state.error, more };
}
