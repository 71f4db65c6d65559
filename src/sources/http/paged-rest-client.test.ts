import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { headerSeconds } from './header-seconds.js';
import { nextLink } from './link-header.js';
import { PagedRestClient, type PagedRestOptions, type RestSource } from './paged-rest-client.js';
import { RestApiError } from './rest-api-error.js';

class ExampleApiError extends RestApiError {
  override readonly name = 'ExampleApiError';
}

/** A made-up source: Bearer token, Link paging, 429 + Retry-After, and `x-used-up-until` (epoch seconds) after a used-up limit. */
const example: RestSource = {
  headers: (token) => ({ accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }),
  rateLimitWait: (res) => (res.status === 429 ? (headerSeconds(res.headers, 'retry-after') ?? 60) * 1000 : undefined),
  usedUpUntil: (headers) => {
    const until = headerSeconds(headers, 'x-used-up-until');
    return until === undefined ? undefined : until * 1000;
  },
  nextPage: (_current, headers) => nextLink(headers.get('link')),
  ApiError: ExampleApiError,
};
const root = 'https://api.example/v1/';

/** An answer of the fake fetch: a response, or an error it throws (no answer at all). */
type Answer = { status?: number; statusText?: string; headers?: Record<string, string>; body?: unknown } | Error;

/** A fetch answering from a table (URL → answer, or answers in turn, the last repeating), recording each request. */
function fakeFetch(routes: Record<string, Answer | Answer[]>) {
  const requests: { url: string; headers: Headers }[] = [];
  const served = new Map<string, number>();
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, headers: new Headers(init?.headers) });
    const route = routes[url];
    if (route === undefined) return new Response('{"message":"Not Found"}', { status: 404, statusText: 'Not Found' });
    const n = served.get(url) ?? 0;
    served.set(url, n + 1);
    const a = Array.isArray(route) ? route[Math.min(n, route.length - 1)]! : route;
    if (a instanceof Error) throw a;
    return new Response(JSON.stringify(a.body ?? []), { status: a.status ?? 200, statusText: a.statusText ?? '', headers: { 'content-type': 'application/json', ...a.headers } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

function client(routes: Record<string, Answer | Answer[]>, options: PagedRestOptions = {}) {
  const fake = fakeFetch(routes);
  const sleep = vi.fn(async (_ms: number) => {});
  const c = new PagedRestClient(new URL(root), example, { sleep, fetch: fake.fetch, ...options });
  return { client: c, sleep, requests: fake.requests };
}

async function all(pages: AsyncIterable<unknown[]>): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for await (const p of pages) out.push(p);
  return out;
}

async function failure(p: Promise<unknown>): Promise<RestApiError> {
  const e = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(e instanceof RestApiError)) throw new Error(`expected a RestApiError, got ${String(e)}`);
  return e;
}

describe('the paged REST client', () => {
  it('builds URLs below the API root, leaving out absent query values', () => {
    const { client: c } = client({});
    expect(c.url('/things', { per_page: '100', since: undefined, q: 'a b' })).toBe(`${root}things?per_page=100&q=a+b`);
  });

  it('follows the next link across 3 pages as given, with the token on every request', async () => {
    const { client: c, requests, sleep } = client(
      {
        [`${root}things?per_page=2`]: { body: [1, 2], headers: { link: `<${root}t/9?page=2>; rel="next", <${root}t/9?page=3>; rel="last"` } },
        [`${root}t/9?page=2`]: { body: [3, 4], headers: { link: `<${root}t/9?page=1>; rel="prev", <${root}t/9?page=3>; rel="next"` } },
        [`${root}t/9?page=3`]: { body: [5], headers: { link: `<${root}t/9?page=2>; rel="prev"` } },
      },
      { token: 'secret-token' },
    );
    expect(await all(c.pages(c.url('things', { per_page: '2' })))).toEqual([[1, 2], [3, 4], [5]]);
    expect(requests.map((r) => r.url)).toEqual([`${root}things?per_page=2`, `${root}t/9?page=2`, `${root}t/9?page=3`]);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer secret-token', 'Bearer secret-token', 'Bearer secret-token']);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('sends no token header without a token', async () => {
    const { client: c, requests } = client({ [`${root}things`]: { body: [] } });
    await all(c.pages(`${root}things`));
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('a 429 with Retry-After waits the stated time through the injected sleep, then retries', async () => {
    const { client: c, sleep, requests } = client({
      [`${root}things`]: [{ status: 429, headers: { 'retry-after': '7' } }, { status: 429 }, { body: ['ok'] }],
    });
    expect(await c.get(`${root}things`)).toMatchObject({ body: ['ok'] });
    expect(sleep.mock.calls).toEqual([[7_000], [60_000]]);
    expect(requests).toHaveLength(3);
  });

  it('after an answer that says the limit is used up, the next request first waits until then by the injected clock', async () => {
    const now = 1_700_000_000_000;
    const { client: c, sleep } = client({ [`${root}a`]: { body: [], headers: { 'x-used-up-until': String(now / 1000 + 5) } }, [`${root}b`]: { body: [] } }, { now: () => now });
    await c.get(`${root}a`);
    expect(sleep).not.toHaveBeenCalled();
    await c.get(`${root}b`);
    expect(sleep.mock.calls).toEqual([[5_000]]);
  });

  it('gives up after maxRetries waits, and on a wait longer than maxWaitMs', async () => {
    const limited = { status: 429, headers: { 'retry-after': '2' } };
    const few = client({ [`${root}x`]: limited }, { maxRetries: 2 });
    const e = await failure(few.client.get(`${root}x`));
    expect(e).toMatchObject({ url: `${root}x`, status: 429, message: `GET ${root}x is still rate limited (429) after 2 waits` });
    expect(few.sleep.mock.calls).toEqual([[2_000], [2_000]]);

    const short = client({ [`${root}x`]: limited }, { maxWaitMs: 1_000 });
    expect((await failure(short.client.get(`${root}x`))).message).toBe(`GET ${root}x is rate limited (429) for 2 s, longer than the 1 s allowed`);
    expect(short.sleep).not.toHaveBeenCalled();

    const now = 1_000_000;
    const ahead = client({ [`${root}a`]: { body: [], headers: { 'x-used-up-until': String(now / 1000 + 7_200) } } }, { now: () => now });
    await ahead.client.get(`${root}a`);
    expect(await failure(ahead.client.get(`${root}a`))).toMatchObject({ status: 429, message: `GET ${root}a would wait 7200 s for the rate limit, longer than the 3600 s allowed` });
  });

  it("a 5xx is the source's error naming the URL and status, without waiting", async () => {
    const { client: c, sleep } = client({ [`${root}things?page=2`]: { status: 503, statusText: 'Service Unavailable' } }, { token: 'secret-token' });
    const e = await failure(all(c.pages(`${root}things?page=2`)));
    expect(e).toBeInstanceOf(ExampleApiError);
    expect(e).toMatchObject({ name: 'ExampleApiError', url: `${root}things?page=2`, status: 503, message: `GET ${root}things?page=2 answered 503 Service Unavailable` });
    expect(sleep).not.toHaveBeenCalled();
  });

  it('a network failure names the URL and what failed', async () => {
    const { client: c } = client({ [`${root}x`]: new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.example') }) });
    expect(await failure(c.get(`${root}x`))).toMatchObject({ status: 0, message: `GET ${root}x failed: fetch failed (getaddrinfo ENOTFOUND api.example)` });
  });

  it('a refused connection (real fetch, a port nobody listens on) names the URL and the cause', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const base = `http://127.0.0.1:${port}/`;
    const c = new PagedRestClient(new URL(base), example, { token: 'secret-token', sleep: vi.fn() });
    const e = await failure(c.get(`${base}things`));
    expect(e.message).toMatch(new RegExp(`^GET ${base}things failed: fetch failed \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\)$`));
    expect(e.message).not.toContain('secret-token');
  });

  it('a server that never answers is abandoned after timeoutMs, naming the URL', async () => {
    // Like fetch: never settles on its own, rejects when the request's signal aborts.
    const hanging = vi.fn((_url: string | URL | Request, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
    const c = new PagedRestClient(new URL(root), example, { token: 'secret-token', sleep: vi.fn(), fetch: hanging as unknown as typeof fetch, timeoutMs: 50 });
    expect(await failure(c.get(`${root}slow`))).toMatchObject({ status: 0, message: `GET ${root}slow got no answer within 1 s` });
  });

  it("a 200 whose body is not JSON is the source's error, not a parser's stack trace", async () => {
    const html = vi.fn(async () => new Response('<html>\n<body>Sign in</body></html>', { status: 200 }));
    const c = new PagedRestClient(new URL(root), example, { sleep: vi.fn(), fetch: html as unknown as typeof fetch });
    expect(await failure(c.get(`${root}x`))).toMatchObject({ status: 200, message: `GET ${root}x answered 200 with a body that is not JSON (<html> <body>Sign in</body></html>…)` });
  });

  it('refuses a next link to another origin without sending anything there', async () => {
    const { client: c, requests } = client({ [`${root}things`]: { body: [1], headers: { link: '<https://elsewhere.example/v1/things?page=2>; rel="next"' } } }, { token: 'secret-token' });
    const e = await failure(all(c.pages(`${root}things`)));
    expect(e).toMatchObject({ status: 0, message: 'refusing to follow https://elsewhere.example/v1/things?page=2: it is not on https://api.example' });
    expect(requests.map((r) => r.url)).toEqual([`${root}things`]);
  });

  it('a list endpoint that answers something else is an error', async () => {
    const { client: c } = client({ [`${root}things`]: { body: { message: 'not a list' } } });
    expect(await failure(all(c.pages(`${root}things`)))).toMatchObject({ status: 200, message: `GET ${root}things did not answer a list` });
  });

  it('a token that cannot go in a header fails before anything is sent, without quoting it', async () => {
    const { client: c, requests } = client({ [`${root}x`]: { body: [] } }, { token: 'first-half\nsecond-half' });
    const e = await failure(c.get(`${root}x`));
    expect(e.message).toBe(`GET ${root}x was not sent: the token cannot go in an HTTP header (does it hold a line break or another control character?)`);
    expect(requests).toEqual([]);
  });
});

describe('the token in error messages', () => {
  const token = fc.stringMatching(/^[A-Za-z0-9_-]{20,40}$/);
  /** Every way a request can fail; the ones with text from outside echo the token in it. */
  const scenarios = ['network', 'status text', 'rate limited', 'wait too long', 'other origin', 'not a list', 'control character'] as const;

  it('never appears, whatever fails', async () => {
    await fc.assert(
      fc.asyncProperty(token, fc.constantFrom(...scenarios), fc.nat(), async (secret, scenario, cut) => {
        const url = `${root}things`;
        const routes: Record<string, Answer> = {
          network: { [url]: new TypeError(`fetch failed for ${secret}`, { cause: new Error(`Bearer ${secret} refused`) }) },
          'status text': { [url]: { status: 401, statusText: `Bad credentials ${secret}` } },
          'rate limited': { [url]: { status: 429, headers: { 'retry-after': '1' } } },
          'wait too long': { [url]: { status: 429, headers: { 'retry-after': '999999' } } },
          'other origin': { [url]: { body: [], headers: { link: `<https://elsewhere.example/?t=1>; rel="next"` } } },
          'not a list': { [url]: { body: { token: secret } } },
          'control character': { [url]: { body: [] } },
        }[scenario] as Record<string, Answer>;
        // A line break inside the token (at its ends, fetch trims it away and the token is sent).
        const at = 1 + (cut % (secret.length - 1));
        const sent = scenario === 'control character' ? `${secret.slice(0, at)}\r\n${secret.slice(at)}` : secret;
        const { client: c } = client(routes, { token: sent });
        const e = await failure(all(c.pages(url)));
        expect(e.message).toContain(scenario === 'other origin' ? 'https://elsewhere.example/?t=1' : url);
        expect(e.message).not.toContain(secret);
        for (const part of sent.split(/[\r\n]+/)) if (part.length >= 10) expect(e.message).not.toContain(part);
      }),
    );
  });
});
