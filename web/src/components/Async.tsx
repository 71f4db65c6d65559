/**
 * Shows a `useApi` result: the data through `children`, or the right state for loading, 403,
 * 404 and other failures. A 401 never shows here: the session handler has already redirected.
 */
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useApi';
import { PageHeader } from './PageHeader';
import { Failed, Forbidden, Loading, NotFound } from './States';

export interface AsyncProps<T> {
  result: Loaded<T>;
  /** What is loading, in words: "teams", "Amara's private records". */
  label: string;
  /**
   * What a 404 means here, naming what was asked for: `Team "platfrom"`. On a page with a
   * `pageTitle` it becomes the h1 ("… was not found"), so the page says what is missing rather
   * than a generic "Team". Without it, a 404 is shown as a failure.
   */
  notFound?: string;
  /**
   * For a page whose h1 comes from the data: the h1 (and document title) to show until it is
   * there, so loading, forbidden and failed pages still have a heading to land on.
   */
  pageTitle?: string;
  children: (data: T) => ReactNode;
}

export function Async<T>({ result, label, notFound, pageTitle, children }: AsyncProps<T>) {
  if (result.status === 'ok') return <>{children(result.data)}</>;
  if (pageTitle && notFound && result.status === 'error' && result.error.isNotFound) {
    return (
      <>
        <PageHeader title={`${notFound} was not found`} />
        <NotFound />
      </>
    );
  }
  return (
    <>
      {pageTitle && <PageHeader title={pageTitle} />}
      <NotYet result={result} label={label} notFound={notFound} />
    </>
  );
}

function NotYet<T>({ result, label, notFound }: { result: Exclude<Loaded<T>, { status: 'ok' }>; label: string; notFound?: string }) {
  if (result.status === 'loading') return <Loading label={label} />;
  const { error } = result;
  if (error.isForbidden) return <Forbidden message={error.message} />;
  if (error.isNotFound && notFound) return <NotFound what={notFound} />;
  return <Failed error={error} retry={result.retry} label={label} />;
}
