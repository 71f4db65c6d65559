/**
 * The GitHub REST client for backfills: the shared paged client (../../http/paged-rest-client.ts)
 * with GitHub's parts. The token goes in `Authorization: Bearer`. Pages are followed through
 * `Link: <…>; rel="next"` exactly as given (GitHub's next links may use `/repositories/{id}/…`,
 * not the path that was asked for).
 *
 * Rate limits: a 403 or 429 with `retry-after`, or with `x-ratelimit-remaining: 0` and
 * `x-ratelimit-reset` (epoch seconds), waits that long and retries; a 429 with neither waits a
 * minute (GitHub's advice for secondary limits). Any other non-2xx is a `GithubApiError` naming
 * the URL and status.
 */
import { headerSeconds } from '../../http/header-seconds.js';
import { nextLink } from '../../http/link-header.js';
import { PagedRestClient, type PagedRestOptions, type RestSource } from '../../http/paged-rest-client.js';
import { RestApiError } from '../../http/rest-api-error.js';

export interface GithubRestOptions extends PagedRestOptions {
  /** `https://api.github.com` or a GitHub Enterprise `https://host/api/v3`. */
  baseUrl: string;
}

export class GithubApiError extends RestApiError {
  override readonly name = 'GithubApiError';
}

/** How long a rate-limited response asks us to wait, or undefined when it is not a rate limit. */
export function rateLimitWait(res: { status: number; headers: Headers }, now: number): number | undefined {
  if (res.status !== 403 && res.status !== 429) return undefined;
  const retryAfter = headerSeconds(res.headers, 'retry-after');
  if (retryAfter !== undefined) return retryAfter * 1000;
  const reset = headerSeconds(res.headers, 'x-ratelimit-reset');
  if (headerSeconds(res.headers, 'x-ratelimit-remaining') === 0 && reset !== undefined) return Math.max(0, reset * 1000 - now);
  // A 429 with nothing to go on: GitHub's advice for secondary limits is at least a minute.
  return res.status === 429 ? 60_000 : undefined;
}

const github: RestSource = {
  headers: (token) => ({
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'trellis-backfill',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }),
  rateLimitWait,
  nextPage: (_current, headers) => nextLink(headers.get('link')),
  ApiError: GithubApiError,
};

export class GithubRestClient extends PagedRestClient {
  constructor(options: GithubRestOptions) {
    super(new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`), github, options);
  }
}
