/**
 * The little session state the client needs outside React: the CSRF token every non-GET must
 * send, and who to tell when any call answers 401 (the session expired), so the app can send
 * the user to sign in and back. Module state, because the client is plain functions.
 */
let csrfToken: string | undefined;
let onUnauthenticated: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function getCsrfToken(): string | undefined {
  return csrfToken;
}

/** Register the 401 handler; returns a function that removes it. */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): () => void {
  onUnauthenticated = handler;
  return () => {
    if (onUnauthenticated === handler) onUnauthenticated = undefined;
  };
}

export function notifyUnauthenticated(): void {
  onUnauthenticated?.();
}
