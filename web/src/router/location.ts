/**
 * The browser location, read through wouter (which watches pushState, replaceState and popstate),
 * with the small API the pages were written against: `navigate`, `useLocation`, `withQuery`.
 * Keeping this module as the one door to the router means a page never imports wouter itself.
 */
import { useMemo } from 'react';
import { useLocation as useWouterLocation, useSearch } from 'wouter';
import { navigate as wouterNavigate } from 'wouter/use-browser-location';

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

/** Go to an in-app path. `replace` when the current entry should not stay in the history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  wouterNavigate(to, { replace: options.replace ?? false });
}

export interface AppLocation {
  /** Path plus query, e.g. `/teams?q=pay`: what to come back to after signing in. */
  href: string;
  pathname: string;
  query: URLSearchParams;
}

export function useLocation(): AppLocation {
  const [pathname] = useWouterLocation();
  const search = useSearch();
  return useMemo(() => {
    const query = new URLSearchParams(search);
    const text = query.toString();
    return { href: text ? `${pathname}?${text}` : pathname, pathname, query };
  }, [pathname, search]);
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
