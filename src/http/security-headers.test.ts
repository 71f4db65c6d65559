import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { send, useTestServer } from '../../test/http-helpers.js';
import { contentSecurityPolicy } from './security-headers.js';

const expected = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

describeEachDialect('security headers', (dialect) => {
  const server = useTestServer(dialect);

  it('are on a JSON answer, a 401, an /api 404 and a 404 outside /api', async () => {
    const cases = [
      { url: '/api/teams', status: 200 },
      { url: '/api/teams', status: 401, as: 'anonymous' as const },
      { url: '/api/nope', status: 404 },
      { url: '/nothing-here', status: 404 },
      { url: '/api/health', status: 200, as: 'anonymous' as const },
    ];
    for (const c of cases) {
      const res = await send(server().app, { method: 'GET', url: c.url, ...(c.as ? { as: c.as } : {}) });
      expect(res.statusCode, c.url).toBe(c.status);
      expect(res.headers, c.url).toMatchObject(expected);
    }
    expect(contentSecurityPolicy).toBe(expected['content-security-policy']);
  });

  it('mark every /api answer no-store, and leave caching of other paths to them', async () => {
    for (const url of ['/api/teams', '/api/nope', '/api/openapi.json']) expect((await send(server().app, { method: 'GET', url })).headers['cache-control'], url).toBe('no-store');
    expect((await send(server().app, { method: 'GET', url: '/nothing-here' })).headers['cache-control']).toBeUndefined();
  });
});
