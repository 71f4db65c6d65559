/**
 * The states every page can be in besides "here is the data": loading, empty, failed and
 * forbidden. Each says what is happening in words, so no page is ever blank.
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/errors';
import { Link } from '../router/Link';

export function Loading({ label }: { label: string }) {
  return (
    <div className="state state-loading" role="status" aria-busy="true" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {label}…
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** 403: the server said who may see this; repeat its reason rather than guessing. */
export function Forbidden({ message }: { message: string }) {
  return (
    <section className="state state-forbidden" aria-labelledby="forbidden-title">
      <h2 id="forbidden-title">You don't have access to this page</h2>
      <p>{message}</p>
      <p>
        If you think you should, ask your manager or an administrator. <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}

/** 404. Without `what`, the page's h1 has already said what was not found. */
export function NotFound({ what }: { what?: string }) {
  return (
    <section className="state state-error" aria-labelledby={what ? 'not-found-title' : undefined}>
      {what && <h2 id="not-found-title">{what} was not found</h2>}
      <p>It may have been removed, or the link may be wrong.</p>
    </section>
  );
}

export function Failed({ error, retry, label }: { error: ApiError; retry: () => void; label: string }) {
  return (
    <section className="state state-error" role="alert" aria-labelledby="failed-title">
      <h2 id="failed-title">Could not load {label}</h2>
      <p>{error.message}</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
