/**
 * The REST client the backfills share: GET with a token, list endpoints followed page by page,
 * rate limits waited out, failures turned into one error type per source. What differs between
 * GitHub and GitLab — the token's header, where the next page is, how a rate limit says how long
 * to wait — is a `RestSource` each source passes in; the loop around it is written once here.
 *
 * - The token goes only to the configured origin: a next link to another origin is refused.
 * - A rate-limited answer waits through the injected `sleep` (tests never wait) and is retried,
 *   at most `maxRetries` times and never longer than `maxWaitMs` at once.
 * - Any other non-2xx, no answer at all, no answer within `timeoutMs` (a server that accepts the
 *   connection and never answers would otherwise hang the backfill), or a body that is not JSON is
 *   the source's error naming the URL and status.
 *   The client never puts the token in a message, and masks it in text that comes from outside
 *   (a network failure's description, a status text), so an error can be logged as it is.
 */
import type { RestApiError } from './rest-api-error.js';

/** The parts of a REST API that differ from one source to another. */
export interface RestSource {
  /** Request headers: what to accept, who is asking, and the token in this API's own header. */
  headers(token: string | undefined): Record<string, string>;
  /** How long (ms) a refused answer asks us to wait, or undefined when it is not a rate limit. */
  rateLimitWait(res: { status: number; headers: Headers }, now: number): number | undefined;
  /** After a good answer that says the limit is used up: until when (epoch ms) the next request must wait. */
  usedUpUntil?(headers: Headers): number | undefined;
  /** The URL of the page after `current`, or undefined when `current` was the last. */
  nextPage(current: string, headers: Headers, items: readonly unknown[]): string | undefined;
  /** The error callers catch for this source. */
  ApiError: new (url: string, status: number, message: string) => RestApiError;
}

export interface PagedRestOptions {
  token?: string | undefined;
  /** Injected so tests do not wait; defaults to a timer. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
  /** Longest single rate-limit wait before giving up (default one hour). */
  maxWaitMs?: number;
  /** Rate-limit waits per request before giving up (default 5). */
  maxRetries?: number;
  /** How long one request may take, body included, before it is abandoned (default one minute). */
  timeoutMs?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What went wrong when no answer came: fetch's own message and, when it has one, its cause ("connect ECONNREFUSED …"). */
function describeFailure(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause instanceof Error ? e.cause.message : undefined;
  return cause && cause !== e.message ? `${e.message} (${cause})` : e.message;
}

export class PagedRestClient {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;
  /** Set when an answer said the limit is used up: the next request waits until then. */
  private resumeAt = 0;

  constructor(
    /** The API root, ending in `/`: paths in `url()` are resolved below it. */
    private readonly base: URL,
    private readonly source: RestSource,
    private readonly options: PagedRestOptions,
  ) {
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** A path below the API root (`repos/o/r/commits`, `projects/42/deployments`) with its query. */
  url(path: string, query: Record<string, string | undefined> = {}): string {
    const u = new URL(path.replace(/^\//, ''), this.base);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  }

  /** One GET, rate limits waited out; the parsed body and the response headers. */
  async get(url: string): Promise<{ body: unknown; headers: Headers }> {
    const { ApiError } = this.source;
    if (new URL(url).origin !== this.base.origin) throw new ApiError(url, 0, `refusing to follow ${url}: it is not on ${this.base.origin}`);
    const headers = this.requestHeaders(url);
    const maxRetries = this.options.maxRetries ?? 5;
    const maxWait = this.options.maxWaitMs ?? 3_600_000;
    for (let attempt = 0; ; attempt++) {
      const ahead = this.resumeAt - this.now();
      if (ahead > 0) {
        if (ahead > maxWait) throw new ApiError(url, 429, `GET ${url} would wait ${Math.ceil(ahead / 1000)} s for the rate limit, longer than the ${Math.ceil(maxWait / 1000)} s allowed`);
        await this.sleep(ahead);
      }
      this.resumeAt = 0;
      const timeoutMs = this.options.timeoutMs ?? 60_000;
      const signal = AbortSignal.timeout(timeoutMs);
      const noAnswer = (e: unknown) =>
        new ApiError(url, 0, signal.aborted ? `GET ${url} got no answer within ${Math.ceil(timeoutMs / 1000)} s` : `GET ${url} failed: ${this.mask(describeFailure(e))}`);
      let res: Response;
      try {
        res = await this.fetch(url, { headers, signal });
      } catch (e) {
        throw noAnswer(e);
      }
      if (res.ok) {
        this.resumeAt = this.source.usedUpUntil?.(res.headers) ?? 0;
        let text: string;
        try {
          text = await res.text();
        } catch (e) {
          throw noAnswer(e);
        }
        try {
          return { body: JSON.parse(text) as unknown, headers: res.headers };
        } catch {
          throw new ApiError(url, res.status, `GET ${url} answered ${res.status} with a body that is not JSON (${this.mask(text.slice(0, 80)).replace(/\s+/g, ' ')}…)`);
        }
      }
      const wait = this.source.rateLimitWait(res, this.now());
      await res.body?.cancel();
      if (wait === undefined) throw new ApiError(url, res.status, `GET ${url} answered ${res.status}${res.statusText ? ` ${this.mask(res.statusText)}` : ''}`);
      if (attempt >= maxRetries) throw new ApiError(url, res.status, `GET ${url} is still rate limited (${res.status}) after ${maxRetries} waits`);
      if (wait > maxWait) throw new ApiError(url, res.status, `GET ${url} is rate limited (${res.status}) for ${Math.ceil(wait / 1000)} s, longer than the ${Math.ceil(maxWait / 1000)} s allowed`);
      await this.sleep(wait);
    }
  }

  /** Every page of a list endpoint, one array at a time (memory stays at one page). */
  async *pages(url: string): AsyncGenerator<unknown[]> {
    let next: string | undefined = url;
    while (next !== undefined) {
      const current: string = next;
      const { body, headers } = await this.get(current);
      if (!Array.isArray(body)) throw new this.source.ApiError(current, 200, `GET ${current} did not answer a list`);
      yield body;
      next = this.source.nextPage(current, headers, body);
    }
  }

  /**
   * The headers of every request, checked before anything is sent: a token with a line break
   * (a pasted file, say) would otherwise fail inside fetch with a message that quotes it.
   */
  private requestHeaders(url: string): Headers {
    try {
      return new Headers(this.source.headers(this.options.token));
    } catch {
      throw new this.source.ApiError(url, 0, `GET ${url} was not sent: the token cannot go in an HTTP header (does it hold a line break or another control character?)`);
    }
  }

  /**
   * The text with the token masked. A token under 8 characters is left alone: no real one is that
   * short (GitHub's and GitLab's have 26 or more), and masking it would garble the text
   * ("404 No*** Found" for a token "t").
   */
  private mask(text: string): string {
    const token = this.options.token;
    return token && token.length >= 8 ? text.replaceAll(token, '***') : text;
  }
}
