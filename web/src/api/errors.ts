/**
 * What a failed call means to the app. The server's error body (`{ error: { code, message } }`)
 * carries a stable code; a network failure or a proxy's HTML page gets a code of our own so
 * pages can always show a sentence and a retry button, never a blank screen.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** The HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; problems?: unknown };
}

/** Build the error from a response body that may or may not be the server's JSON. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = (typeof body === 'object' && body !== null ? (body as ErrorBody).error : undefined) ?? {};
  const code = typeof error.code === 'string' ? error.code : `HTTP_${status}`;
  const message = typeof error.message === 'string' && error.message ? error.message : fallbackMessage(status);
  const problems = Array.isArray(error.problems) ? error.problems.filter((p): p is string => typeof p === 'string') : [];
  return new ApiError(status, code, message, problems);
}

export function networkError(): ApiError {
  return new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'You may not see this.';
  if (status === 404) return 'Nothing was found here.';
  if (status >= 500) return 'The server ran into a problem. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}
