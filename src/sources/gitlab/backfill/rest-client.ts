/**
 * A small GitLab REST (v4) client for backfills: GET with a token (`PRIVATE-TOKEN`), pages
 * followed through `Link: <…>; rel="next"` (keyset pagination, and offset pagination on current
 * GitLab) or else the `x-next-page` header (offset pagination on older versions), rate limits
 * waited out.
 *
 * Rate limits: a 429 (or a 403 saying so) waits `Retry-After` seconds, else until `RateLimit-Reset`
 * (epoch seconds), else a minute; a successful answer with `RateLimit-Remaining: 0` makes the
 * next request wait until `RateLimit-Reset` first, so the limit is not hit at all. Waits go
 * through the injected `sleep`. Any other non-2xx is a `GitlabApiError` naming the URL and status.
 * The token goes only to the configured origin: a next link elsewhere is refused.
 */
import { nextLink } from '../../http/link-header.js';

export interface GitlabRestOptions {
  /** The GitLab instance, e.g. `https://gitlab.com` (the client adds `/api/v4`). */
  baseUrl: string;
  token?: string | undefined;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
  /** Longest single rate-limit wait before giving up (default one hour). */
  maxWaitMs?: number;
  /** Rate-limit waits per request before giving up (default 5). */
  maxRetries?: number;
}

export class GitlabApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GitlabApiError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const seconds = (v: string | null): number | undefined => (v !== null && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);

/** How long a refused answer asks us to wait, or undefined when it is not a rate limit. */
export function gitlabRateLimitWait(res: { status: number; headers: Headers }, now: number): number | undefined {
  const limited = res.status === 429 || (res.status === 403 && seconds(res.headers.get('ratelimit-remaining')) === 0);
  if (!limited) return undefined;
  const retryAfter = seconds(res.headers.get('retry-after'));
  if (retryAfter !== undefined) return retryAfter * 1000;
  const reset = seconds(res.headers.get('ratelimit-reset'));
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

export class GitlabRestClient {
  private readonly base: URL;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;
  /** Set when an answer said the limit is used up: the next request waits until then. */
  private resumeAt = 0;

  constructor(private readonly options: GitlabRestOptions) {
    const root = options.baseUrl.replace(/\/+$/, '');
    this.base = new URL(`${root.endsWith('/api/v4') ? root : `${root}/api/v4`}/`);
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** A path below `/api/v4/` (`projects/42/deployments`) with its query. */
  url(path: string, query: Record<string, string | undefined> = {}): string {
    const u = new URL(path.replace(/^\//, ''), this.base);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  }

  async get(url: string): Promise<{ body: unknown; headers: Headers }> {
    if (new URL(url).origin !== this.base.origin) throw new GitlabApiError(url, 0, `refusing to follow ${url}: it is not on ${this.base.origin}`);
    const maxRetries = this.options.maxRetries ?? 5;
    const maxWait = this.options.maxWaitMs ?? 3_600_000;
    for (let attempt = 0; ; attempt++) {
      const ahead = this.resumeAt - this.now();
      if (ahead > 0) {
        if (ahead > maxWait) throw new GitlabApiError(url, 429, `GET ${url} would wait ${Math.ceil(ahead / 1000)} s for the rate limit, longer than the ${Math.ceil(maxWait / 1000)} s allowed`);
        await this.sleep(ahead);
      }
      this.resumeAt = 0;
      let res: Response;
      try {
        res = await this.fetch(url, { headers: { accept: 'application/json', 'user-agent': 'trellis-backfill', ...(this.options.token ? { 'private-token': this.options.token } : {}) } });
      } catch (e) {
        throw new GitlabApiError(url, 0, `GET ${url} failed: ${(e as Error).message}`);
      }
      if (res.ok) {
        const reset = seconds(res.headers.get('ratelimit-reset'));
        if (seconds(res.headers.get('ratelimit-remaining')) === 0 && reset !== undefined) this.resumeAt = reset * 1000;
        return { body: (await res.json()) as unknown, headers: res.headers };
      }
      const wait = gitlabRateLimitWait(res, this.now());
      await res.body?.cancel();
      if (wait === undefined) throw new GitlabApiError(url, res.status, `GET ${url} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      if (attempt >= maxRetries) throw new GitlabApiError(url, res.status, `GET ${url} is still rate limited (${res.status}) after ${maxRetries} waits`);
      if (wait > maxWait) throw new GitlabApiError(url, res.status, `GET ${url} is rate limited (${res.status}) for ${Math.ceil(wait / 1000)} s, longer than the ${Math.ceil(maxWait / 1000)} s allowed`);
      await this.sleep(wait);
    }
  }

  /** Every page of a list endpoint, one array at a time. */
  async *pages(url: string): AsyncGenerator<unknown[]> {
    let next: string | undefined = url;
    while (next !== undefined) {
      const current: string = next;
      const { body, headers } = await this.get(current);
      if (!Array.isArray(body)) throw new GitlabApiError(current, 200, `GET ${current} did not answer a list`);
      yield body;
      next = body.length === 0 ? undefined : gitlabNextPage(current, headers);
    }
  }
}
