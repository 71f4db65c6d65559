/**
 * The browser location as a store React can subscribe to. The History API fires `popstate` for
 * back/forward but nothing for pushState, so `navigate` notifies subscribers itself.
 */
import { useMemo, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

/** Go to an in-app path. `replace` when the current entry should not stay in the history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of [...listeners]) listener();
}

export interface AppLocation {
  /** Path plus query, e.g. `/teams?q=pay`: what to come back to after signing in. */
  href: string;
  pathname: string;
  query: URLSearchParams;
}

export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  return useMemo(() => {
    const url = new URL(href, 'http://app.invalid');
    return { href, pathname: url.pathname, query: url.searchParams };
  }, [href]);
}

/** A copy of the current query with some values changed; empty values and 0 (the default offset) are dropped. */
export function withQuery(location: AppLocation, changes: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams(location.query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '' || value === 0) query.delete(key);
    else query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${location.pathname}?${text}` : location.pathname;
}

/**
 * Only same-site paths may be a sign-in's `next`: `//evil.example` or `https://…` would turn the
 * sign-in page into an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith('/sign-in') ? '/' : next;
}
