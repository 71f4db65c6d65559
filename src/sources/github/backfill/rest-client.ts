/**
 * A small GitHub REST client for backfills: GET with a token, pages followed through
 * `Link: <…>; rel="next"` exactly as given (GitHub's next links may use `/repositories/{id}/…`,
 * not the path that was asked for), and rate limits waited out.
 *
 * Rate limits: a 403 or 429 with `retry-after`, or with `x-ratelimit-remaining: 0` and
 * `x-ratelimit-reset` (epoch seconds), waits that long through the injected `sleep` and retries.
 * Any other non-2xx is a `GithubApiError` naming the URL and status. The token goes only to the
 * configured API origin: a next link to another origin is refused.
 */
import { nextLink } from '../../http/link-header.js';

export interface GithubRestOptions {
  /** `https://api.github.com` or a GitHub Enterprise `https://host/api/v3`. */
  baseUrl: string;
  token?: string | undefined;
  /** Injected so tests do not wait; defaults to a timer. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
  /** Longest single rate-limit wait before giving up (default one hour). */
  maxWaitMs?: number;
  /** Rate-limit waits per request before giving up (default 5). */
  maxRetries?: number;
}

export class GithubApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GithubApiError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a rate-limited response asks us to wait, or undefined when it is not a rate limit. */
export function rateLimitWait(res: { status: number; headers: Headers }, now: number): number | undefined {
  if (res.status !== 403 && res.status !== 429) return undefined;
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  const remaining = res.headers.get('x-ratelimit-remaining');
  const reset = res.headers.get('x-ratelimit-reset');
  if (remaining?.trim() === '0' && reset !== null && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset.trim()) * 1000 - now);
  // A 429 with nothing to go on: GitHub's advice for secondary limits is at least a minute.
  return res.status === 429 ? 60_000 : undefined;
}

export class GithubRestClient {
  private readonly base: URL;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GithubRestOptions) {
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** A path below the base URL (`repos/o/r/commits`) with its query. */
  url(path: string, query: Record<string, string | undefined> = {}): string {
    const u = new URL(path.replace(/^\//, ''), this.base);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  }

  /** One GET, rate limits waited out; the parsed body and the response headers. */
  async get(url: string): Promise<{ body: unknown; headers: Headers }> {
    if (new URL(url).origin !== this.base.origin) throw new GithubApiError(url, 0, `refusing to follow ${url}: it is not on ${this.base.origin}`);
    const maxRetries = this.options.maxRetries ?? 5;
    const maxWait = this.options.maxWaitMs ?? 3_600_000;
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await this.fetch(url, {
          headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'trellis-backfill',
            ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
          },
        });
      } catch (e) {
        throw new GithubApiError(url, 0, `GET ${url} failed: ${(e as Error).message}`);
      }
      if (res.ok) return { body: (await res.json()) as unknown, headers: res.headers };
      const wait = rateLimitWait(res, this.now());
      await res.body?.cancel();
      if (wait === undefined) throw new GithubApiError(url, res.status, `GET ${url} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      if (attempt >= maxRetries) throw new GithubApiError(url, res.status, `GET ${url} is still rate limited (${res.status}) after ${maxRetries} waits`);
      if (wait > maxWait) throw new GithubApiError(url, res.status, `GET ${url} is rate limited (${res.status}) for ${Math.ceil(wait / 1000)} s, longer than the ${Math.ceil(maxWait / 1000)} s allowed`);
      await this.sleep(wait);
    }
  }

  /** Every page of a list endpoint, one array at a time (memory stays at one page). */
  async *pages(url: string): AsyncGenerator<unknown[]> {
    let next: string | undefined = url;
    while (next !== undefined) {
      const { body, headers }: { body: unknown; headers: Headers } = await this.get(next);
      if (!Array.isArray(body)) throw new GithubApiError(next, 200, `GET ${next} did not answer a list`);
      yield body;
      next = nextLink(headers.get('link'));
    }
  }
}
