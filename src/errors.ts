/**
 * The one registry of Trellis errors. Every failure that reaches a user carries a stable
 * `code` from this table; HTTP status and CLI exit code are derived here and nowhere else,
 * so a route or command never decides on its own what a failure looks like.
 *
 * Expected outcomes ("not enough data for a median") are values, not errors: only things a
 * caller must react to belong here.
 */
export const errorRegistry = {
  BAD_INPUT: { status: 400, exit: 2, summary: 'The input is not valid.' },
  IMPORT_REJECTED: { status: 400, exit: 2, summary: 'The file was rejected; nothing was stored.' },
  REPORTING_CYCLE: { status: 400, exit: 2, summary: 'A reporting line would form a cycle.' },
  CONFIG_INVALID: { status: 500, exit: 2, summary: 'The configuration is not valid.' },
  NOT_FOUND: { status: 404, exit: 1, summary: 'No such record.' },
  CONFLICT: { status: 409, exit: 1, summary: 'The record is not in a state that allows this (a cycle state, a locked rubric, an answered challenge).' },
  UNAUTHENTICATED: { status: 401, exit: 1, summary: 'Sign in first.' },
  INVALID_CREDENTIALS: { status: 401, exit: 1, summary: 'The email or password is not right.' },
  FORBIDDEN: { status: 403, exit: 1, summary: 'You may not do this.' },
  CSRF_FAILED: { status: 403, exit: 1, summary: 'The request did not come from the Trellis web app; reload the page and try again.' },
  OIDC_FAILED: { status: 400, exit: 1, summary: 'The identity provider did not confirm the sign-in; start again.' },
  WEBHOOK_SIGNATURE_INVALID: { status: 401, exit: 1, summary: 'The webhook signature or token is missing or does not match; nothing was stored.' },
  WEBHOOK_REJECTED: { status: 422, exit: 2, summary: 'The webhook was understood but its records were rejected; nothing was stored.' },
  RATE_LIMITED: { status: 429, exit: 1, summary: 'Too many attempts; wait a little and try again.' },
  PAYLOAD_TOO_LARGE: { status: 413, exit: 2, summary: 'The request body is larger than this route accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, exit: 2, summary: 'The request body is not in a format this route accepts (send application/json).' },
  LIMIT_REACHED: { status: 422, exit: 2, summary: 'A limit of this record is reached; nothing was added.' },
  STORE_UNAVAILABLE: { status: 503, exit: 1, summary: 'The database cannot be reached.' },
  SOURCE_UNAVAILABLE: { status: 502, exit: 1, summary: 'A data source (such as Prometheus) could not be reached or answered with an error.' },
  INTERNAL: { status: 500, exit: 1, summary: 'Something went wrong inside Trellis.' },
} as const satisfies Record<string, { status: number; exit: 1 | 2; summary: string }>;

export type ErrorCode = keyof typeof errorRegistry;

/** A problem tied to a place in the input: `FILE:LINE: field: problem`. */
export interface Problem {
  file?: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line === undefined ? undefined : String(p.line)].filter(Boolean).join(':');
  const field = p.field ? `${p.field}: ` : '';
  return where ? `${where}: ${field}${p.message}` : `${field}${p.message}`;
}

export class TrellisError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];
  /** For RATE_LIMITED: when to try again (HTTP Retry-After). */
  retryAfterSeconds?: number;

  constructor(code: ErrorCode, message?: string, problems: readonly Problem[] = []) {
    super(message ?? errorRegistry[code].summary);
    this.name = 'TrellisError';
    this.code = code;
    this.problems = problems;
  }

  get status(): number {
    return errorRegistry[this.code].status;
  }

  get exitCode(): 1 | 2 {
    return errorRegistry[this.code].exit;
  }
}

export function isTrellisError(e: unknown): e is TrellisError {
  return e instanceof TrellisError;
}

/** The JSON body every API error response has. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; problems?: string[] };
}

export function toErrorBody(e: TrellisError): ErrorBody {
  const body: ErrorBody = { error: { code: e.code, message: e.message } };
  if (e.problems.length > 0) body.error.problems = e.problems.map(formatProblem);
  return body;
}
