/**
 * Shared set-up for HTTP route tests: a small seeded organisation with accounts on a fresh store
 * of either dialect, a server built on it, and one place that closes both, so no test leaks a pool.
 *
 * Requests are made as a signed-in account: by default the `viewer` engineer, signed in through
 * the real sign-in route when the server is created. Pass `as` to act as someone else, or
 * `'anonymous'` to send no credentials.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Runtime } from '../src/app/runtime.js';
import { loadConfig, type Config } from '../src/config.js';
import { buildServer, type ZodApp } from '../src/http/server.js';
import type { Dialect } from '../src/store/db.js';
import { seedAccounts, testAccounts, testPassword, type TestAccountKey } from './accounts.js';
import { freshStore, type TestStore } from './dialects.js';
import { seedOrg } from './seed-org.js';

export { seedOrg, seedPeople, seedServices, seedTeams } from './seed-org.js';

/** A valid configuration for tests: silent logs, an ephemeral port. */
export function testConfig(store: TestStore, overrides: Partial<Config> = {}): Config {
  // No write rate limit unless a test asks for one: many tests write in loops under a frozen clock.
  // No report workers unless a test asks for them: on PostgreSQL (a URL they can open) every server
  // would start a worker thread that compiles the app's modules under tsx, seconds per test; the
  // pool has its own tests, and the living-document routes run through it.
  return { ...loadConfig({}, { db: store.target, logLevel: 'silent', port: 0 }), writeRatePerMinute: 0, reportWorkers: 0, ...overrides };
}

/** How a test request proves who it is. */
export type Credentials = { kind: 'session'; cookie: string; csrfToken: string } | { kind: 'token'; token: string };
export type As = Credentials | 'anonymous';

const defaults = new WeakMap<ZodApp, Credentials>();

export interface TestServer {
  app: ZodApp;
  store: TestStore;
  /** Sign in as one of the test accounts (through the real route) and return the credentials. */
  as(key: TestAccountKey): Promise<Credentials>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  seed?: boolean;
  config?: Partial<Config>;
  runtime?: Runtime;
}

export async function createTestServer(dialect: Dialect, options: TestServerOptions = {}): Promise<TestServer> {
  const store = await freshStore(dialect);
  try {
    const seed = options.seed ?? true;
    if (seed) await seedOrg(store);
    await seedAccounts(store, seed);
    const app = await buildServer({ store, config: testConfig(store, options.config), ...(options.runtime ? { runtime: options.runtime } : {}) });
    const sessions = new Map<TestAccountKey, Credentials>();
    const as = async (key: TestAccountKey): Promise<Credentials> => {
      let c = sessions.get(key);
      if (!c) {
        c = await signIn(app, testAccounts[key].email);
        sessions.set(key, c);
      }
      return c;
    };
    defaults.set(app, await as('viewer'));
    const close = async (): Promise<void> => {
      await app.close();
      await store.dispose();
    };
    return { app, store, as, close };
  } catch (e) {
    await store.dispose();
    throw e;
  }
}

/** Sign in through `POST /api/auth/sign-in`; throws unless it succeeds. */
export async function signIn(app: ZodApp, email: string, password = testPassword): Promise<Credentials> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'trellis_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { kind: 'session', cookie: `trellis_session=${cookie.value}`, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** The headers that carry `as` (the app's default account when omitted); the CSRF header unless `csrf: false`. */
export function authHeaders(app: ZodApp, as?: As, csrf = true): Record<string, string> {
  const c = as ?? defaults.get(app);
  if (c === undefined || c === 'anonymous') return {};
  if (c.kind === 'token') return { authorization: `Bearer ${c.token}` };
  return csrf ? { cookie: c.cookie, 'x-csrf-token': c.csrfToken } : { cookie: c.cookie };
}

/**
 * One seeded server for the enclosing `describe`, closed after it. Route tests only read, so
 * sharing the server keeps the PostgreSQL half of the matrix fast.
 */
export function useTestServer(dialect: Dialect): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the test server is not ready (used outside a test?)');
    return server;
  };
}

/** GET a path and parse the JSON body. Bodies are loosely typed: the assertions check them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function getJson<T = any>(app: ZodApp, url: string, as?: As): Promise<{ status: number; body: T; contentType: string | undefined }> {
  const res = await app.inject({ method: 'GET', url, headers: authHeaders(app, as) });
  return { status: res.statusCode, body: res.json() as T, contentType: res.headers['content-type']?.toString() };
}

export interface SendOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  url: string;
  payload?: unknown;
  as?: As;
  /** Send the session's CSRF header (default true). */
  csrf?: boolean;
  headers?: Record<string, string>;
}

/** Any request, with credentials as in `authHeaders`. */
export function send(app: ZodApp, o: SendOptions): Promise<LightMyRequestResponse> {
  return app.inject({
    method: o.method,
    url: o.url,
    headers: { ...authHeaders(app, o.as, o.csrf ?? true), ...o.headers },
    ...(o.payload === undefined ? {} : { payload: o.payload as object }),
  });
}

/**
 * GET `url`, then again with the ETag it answered with: expects 200 with an ETag, then 304 without
 * a body (the revalidation of routes served through src/http/cached-json.ts). Returns the first
 * answer and its ETag.
 */
export async function expectRevalidation(app: ZodApp, url: string): Promise<{ first: LightMyRequestResponse; etag: string }> {
  const first = await send(app, { method: 'GET', url });
  expect(first.statusCode).toBe(200);
  const etag = first.headers.etag?.toString() ?? '';
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await send(app, { method: 'GET', url, headers: { 'if-none-match': etag } });
  expect(again.statusCode).toBe(304);
  expect(again.body).toBe('');
  return { first, etag };
}
