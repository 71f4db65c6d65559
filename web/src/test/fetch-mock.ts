/**
 * A fake server for component tests: `respond` maps `METHOD /path` (query ignored) to a status
 * and JSON body; every call is recorded so tests can assert on what was sent.
 */
import { vi } from 'vitest';

export interface Reply {
  status?: number;
  body?: unknown;
}

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export type Handler = (call: RecordedCall) => Reply | Promise<Reply>;

export function mockFetch(routes: Record<string, Reply | Handler>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const call: RecordedCall = {
      method,
      url: input,
      headers: { ...(init.headers as Record<string, string> | undefined) },
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${method} ${input.split('?')[0]}`];
    if (!route) return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: `no mock for ${method} ${input}` } }), { status: 404 });
    const reply = typeof route === 'function' ? await route(call) : route;
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? null), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

export const account = { id: 'acc-amara', email: 'amara@lumen.example', name: 'Amara Okafor', personId: 'amara', roles: ['engineer'] };

/** The usual signed-in session, for tests of pages inside the shell. */
export const signedIn: Record<string, Reply> = {
  'GET /api/auth/me': { body: { account, csrfToken: 'csrf-1' } },
};
