/**
 * The GitLab REST (v4) client for backfills: the shared paged client
 * (../../http/paged-rest-client.ts) with GitLab's parts. The token goes in `PRIVATE-TOKEN`.
 * Pages are followed through `Link: <…>; rel="next"` (keyset pagination, and offset pagination
 * on current GitLab) or else the `x-next-page` header (offset pagination on older versions); an
 * empty page is the last.
 *
 * Rate limits: a 429 (or a 403 saying so) waits `Retry-After` seconds, else until `RateLimit-Reset`
 * (epoch seconds), else a minute; a successful answer with `RateLimit-Remaining: 0` makes the
 * next request wait until `RateLimit-Reset` first, so the limit is not hit at all. Any other
 * non-2xx is a `GitlabApiError` naming the URL and status.
 */
import { headerSeconds } from '../../http/header-seconds.js';
import { nextLink } from '../../http/link-header.js';
import { PagedRestClient, type PagedRestOptions, type RestSource } from '../../http/paged-rest-client.js';
import { RestApiError } from '../../http/rest-api-error.js';

export interface GitlabRestOptions extends PagedRestOptions {
  /** The GitLab instance, e.g. `https://gitlab.com` (the client adds `/api/v4`). */
  baseUrl: string;
}

export class GitlabApiError extends RestApiError {
  override readonly name = 'GitlabApiError';
}

/** How long a refused answer asks us to wait, or undefined when it is not a rate limit. */
export function gitlabRateLimitWait(res: { status: number; headers: Headers }, now: number): number | undefined {
  const limited = res.status === 429 || (res.status === 403 && headerSeconds(res.headers, 'ratelimit-remaining') === 0);
  if (!limited) return undefined;
  const retryAfter = headerSeconds(res.headers, 'retry-after');
  if (retryAfter !== undefined) return retryAfter * 1000;
  const reset = headerSeconds(res.headers, 'ratelimit-reset');
  if (reset !== undefined) return Math.max(0, reset * 1000 - now);
  return 60_000;
}

/** The next page's URL: the Link header's `next`, else `x-next-page` applied to the current URL. */
export function gitlabNextPage(current: string, headers: Headers): string | undefined {
  const link = nextLink(headers.get('link'));
  if (link !== undefined) return link;
  const page = headers.get('x-next-page')?.trim();
  if (!page || !/^\d+$/.test(page)) return undefined;
  const u = new URL(current);
  u.searchParams.set('page', page);
  return u.toString();
}

const gitlab: RestSource = {
  headers: (token) => ({ accept: 'application/json', 'user-agent': 'trellis-backfill', ...(token ? { 'private-token': token } : {}) }),
  rateLimitWait: gitlabRateLimitWait,
  usedUpUntil: (headers) => {
    const reset = headerSeconds(headers, 'ratelimit-reset');
    return headerSeconds(headers, 'ratelimit-remaining') === 0 && reset !== undefined ? reset * 1000 : undefined;
  },
  nextPage: (current, headers, items) => (items.length === 0 ? undefined : gitlabNextPage(current, headers)),
  ApiError: GitlabApiError,
};

export class GitlabRestClient extends PagedRestClient {
  constructor(options: GitlabRestOptions) {
    const root = options.baseUrl.replace(/\/+$/, '');
    super(new URL(`${root.endsWith('/api/v4') ? root : `${root}/api/v4`}/`), gitlab, options);
  }
}
