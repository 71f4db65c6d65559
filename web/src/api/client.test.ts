import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../test/fetch-mock';
import { api, buildUrl } from './client';
import { ApiError } from './errors';
import { setCsrfToken, setUnauthenticatedHandler } from './session';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
});

describe('buildUrl', () => {
  it('fills path parameters encoded and drops empty query values', () => {
    expect(buildUrl('/api/teams/{id}', { id: 'a/b c' })).toBe('/api/teams/a%2Fb%20c');
    expect(buildUrl('/api/people', {}, { q: 'mei lin', team: '', manager: undefined, limit: 50 })).toBe('/api/people?q=mei+lin&limit=50');
    expect(() => buildUrl('/api/teams/{id}')).toThrow(/missing path parameter "id"/);
  });
});

describe('api', () => {
  it('sends the CSRF token on writes only, with same-origin credentials', async () => {
    const calls = mockFetch({ 'POST /api/auth/sign-out': { status: 204 }, 'GET /api/teams': { body: { items: [], total: 0, limit: 50, offset: 0 } } });
    setCsrfToken('token-1');
    expect(await api('POST /api/auth/sign-out')).toBeNull();
    await api('GET /api/teams', { query: { q: 'pay' } });
    expect(calls[0]?.headers['x-csrf-token']).toBe('token-1');
    expect(calls[1]?.headers['x-csrf-token']).toBeUndefined();
    expect(calls.map((c) => c.credentials)).toEqual(['same-origin', 'same-origin']);
  });

  it("turns the server's error body into an ApiError with its code and message", async () => {
    mockFetch({ 'GET /api/teams/nope': { status: 404, body: { error: { code: 'NOT_FOUND', message: 'No team nope.' } } } });
    const error = await api('GET /api/teams/{id}', { params: { id: 'nope' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'No team nope.', isNotFound: true });
  });

  it('reports an unreachable server in words', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(api('GET /api/teams')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('tells the session handler about a 401, except from the sign-in probes', async () => {
    const unauthenticated = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } } };
    mockFetch({ 'GET /api/teams': unauthenticated, 'GET /api/auth/me': unauthenticated });
    const handler = vi.fn();
    const remove = setUnauthenticatedHandler(handler);
    await expect(api('GET /api/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(handler).not.toHaveBeenCalled();
    await expect(api('GET /api/teams')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
    remove();
  });
});
