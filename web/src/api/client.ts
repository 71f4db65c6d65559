/**
 * The one way the web app talks to the API: `api('GET /api/teams/{id}', { params: { id } })`.
 * The key names an operation of the OpenAPI document, so the path parameters, query, body and
 * response are all typed from it. Same-origin cookies carry the session; non-GET requests send
 * the CSRF token; any 401 outside sign-in tells the session handler.
 */
import { apiErrorFrom, networkError } from './errors';
import type { ApiOperations, OperationKey } from './operations';
import { getCsrfToken, notifyUnauthenticated } from './session';

type Op<K extends OperationKey> = ApiOperations[K];

export type CallOptions<K extends OperationKey> = ([keyof Op<K>['params']] extends [never] ? { params?: Op<K>['params'] } : { params: Op<K>['params'] }) &
  ([Op<K>['body']] extends [never] ? { body?: undefined } : { body: Op<K>['body'] }) & { query?: Op<K>['query']; signal?: AbortSignal };

/** Where a 401 is an answer, not an expired session. */
const authProbes = new Set<string>(['POST /api/auth/sign-in', 'GET /api/auth/me']);

type QueryValue = string | number | boolean | null | undefined;

export function buildUrl(template: string, params: Record<string, string> = {}, query: Record<string, QueryValue> = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export async function api<K extends OperationKey>(key: K, ...[options]: {} extends CallOptions<K> ? [CallOptions<K>?] : [CallOptions<K>]): Promise<Op<K>['response']> {
  const [method = 'GET', template = ''] = key.split(' ');
  const opts = (options ?? {}) as { params?: Record<string, string>; query?: Record<string, QueryValue>; body?: unknown; signal?: AbortSignal };
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getCsrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(template, opts.params, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401 && !authProbes.has(key)) notifyUnauthenticated();
    throw apiErrorFrom(response.status, body);
  }
  return body as Op<K>['response'];
}
