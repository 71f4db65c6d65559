/**
 * Renders the first route whose pattern matches the current path (wouter's location). Keyed by
 * the pattern and its params, so moving from one person to another starts the page afresh (no
 * stale data).
 */
import { Fragment, type ReactNode } from 'react';
import { useLocation } from './location';
import { matchPath, type Params } from './match';

export interface Route {
  path: string;
  render: (params: Params) => ReactNode;
}

export function Routes({ routes, fallback }: { routes: readonly Route[]; fallback: ReactNode }) {
  const { pathname } = useLocation();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return <Fragment key={`${route.path}|${JSON.stringify(params)}`}>{route.render(params)}</Fragment>;
  }
  return <>{fallback}</>;
}
