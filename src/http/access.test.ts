/**
 * The route inventory against the access rules: every route Fastify knows declares who may call
 * it; every protected route answers 401 without credentials, 403 to an account the policy
 * refuses, and succeeds for one it allows. The sample table must cover every protected route,
 * so a new route cannot skip these checks.
 */
import Fastify from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { TestAccountKey } from '../../test/accounts.js';
import { describeEachDialect } from '../../test/dialects.js';
import { send, signIn, useTestServer, type TestServer } from '../../test/http-helpers.js';
import { registeredRoutes } from '../../test/routes.js';
import { accountActor, roles } from '../core/access/actor.js';
import { can } from '../core/access/policy.js';
import type { Resource } from '../core/access/resources.js';
import { installAccessInventory } from './access.js';

interface Sample {
  url: string | ((s: TestServer) => Promise<string>);
  payload?: unknown;
  /** An account the policy refuses; absent when every signed-in account may call the route. */
  deniedTo?: TestAccountKey;
  allowedTo: TestAccountKey;
}

/** A fresh API token of the admin's, for the revoke route (each call gets its own). */
async function adminTokenUrl(s: TestServer): Promise<string> {
  const res = await send(s.app, { method: 'POST', url: '/api/tokens', payload: { name: 'to revoke' }, as: await s.as('admin') });
  return `/api/tokens/${(res.json() as { id: string }).id}`;
}

const samples: Record<string, Sample> = {
  'POST /api/auth/sign-out': { url: '/api/auth/sign-out', allowedTo: 'barbara' },
  'GET /api/auth/me': { url: '/api/auth/me', allowedTo: 'alan' },
  'GET /api/teams': { url: '/api/teams', allowedTo: 'reviewer' },
  'GET /api/teams/:id': { url: '/api/teams/eng', allowedTo: 'alan' },
  'GET /api/people': { url: '/api/people', allowedTo: 'partner' },
  'GET /api/people/:id': { url: '/api/people/alan', allowedTo: 'barbara' },
  'GET /api/people/:id/private': { url: '/api/people/alan/private', deniedTo: 'barbara', allowedTo: 'grace' },
  'GET /api/people/:id/access-log': { url: '/api/people/alan/access-log', deniedTo: 'grace', allowedTo: 'alan' },
  'GET /api/audit': { url: '/api/audit', deniedTo: 'ada', allowedTo: 'admin' },
  'GET /api/services': { url: '/api/services', allowedTo: 'ada' },
  'GET /api/services/:id': { url: '/api/services/ledger', allowedTo: 'katherine' },
  'GET /api/delivery/services/:id': { url: '/api/delivery/services/ledger', allowedTo: 'barbara' },
  'GET /api/delivery/teams/:id': { url: '/api/delivery/teams/payments', allowedTo: 'reviewer' },
  'GET /api/delivery/org': { url: '/api/delivery/org', allowedTo: 'alan' },
  'GET /api/delivery/services/:id/compare': { url: '/api/delivery/services/ledger/compare?t=2024-01-01T00:00:00Z', allowedTo: 'grace' },
  'GET /api/delivery/teams/:id/compare': { url: '/api/delivery/teams/platform/compare?t=2024-01-01T00:00:00Z', allowedTo: 'ada' },
  'GET /api/teams/:id/delivery/friction': { url: '/api/teams/platform/delivery/friction', allowedTo: 'barbara' },
  'POST /api/tokens': { url: '/api/tokens', payload: { name: 'ci' }, deniedTo: 'katherine', allowedTo: 'admin' },
  'GET /api/tokens': { url: '/api/tokens', deniedTo: 'alan', allowedTo: 'admin' },
  'DELETE /api/tokens/:id': { url: adminTokenUrl, deniedTo: 'partner', allowedTo: 'admin' },
};

describeEachDialect('route access', (dialect) => {
  const server = useTestServer(dialect);
  let routes: { key: string; method: string; access: unknown }[] = [];
  beforeAll(() => {
    const app = server().app;
    routes = registeredRoutes(app.printRoutes({ commonPrefix: false })).flatMap((r) =>
      r.methods.map((method) => ({ key: `${method} ${r.path}`, method, access: app.accessInventory.get(`${method} ${r.path}`) })),
    );
  });
  const isProtected = (r: { access: unknown }) => r.access !== 'public';

  it('every registered route has an access rule; the public /api routes are exactly these', () => {
    expect(routes.length).toBeGreaterThan(25);
    const undeclared = routes.filter((r) => r.access === undefined).map((r) => r.key);
    expect(undeclared, 'routes without config.access').toEqual([]);
    const publicRoutes = routes.filter((r) => r.access === 'public' && r.method !== 'HEAD' && r.key.includes(' /api')).map((r) => r.key).sort();
    expect(publicRoutes).toEqual(['GET /api/auth/oidc/callback', 'GET /api/auth/oidc/start', 'GET /api/auth/providers', 'GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/sign-in',
      // Webhook receivers authenticate by signature or shared token (routes/webhooks), not by session.
      'POST /api/webhooks/github', 'POST /api/webhooks/gitlab', 'POST /api/webhooks/opsgenie', 'POST /api/webhooks/pagerduty',
    ]);
  });

  it('has a sample request for every protected route, and only for those', () => {
    const protectedKeys = routes.filter((r) => isProtected(r) && r.method !== 'HEAD').map((r) => r.key).sort();
    expect(Object.keys(samples).sort()).toEqual(protectedKeys);
  });

  it('answers 401 UNAUTHENTICATED to every protected route (HEAD twins too) without credentials', async () => {
    for (const r of routes.filter(isProtected)) {
      const getKey = r.method === 'HEAD' ? r.key.replace(/^HEAD/, 'GET') : r.key;
      const sample = samples[getKey]!;
      const url = typeof sample.url === 'string' ? sample.url : '/api/tokens/some-id';
      const res = await send(server().app, { method: r.method as 'GET', url, payload: sample.payload, as: 'anonymous' });
      expect(res.statusCode, r.key).toBe(401);
      if (r.method !== 'HEAD') expect(res.json().error.code, r.key).toBe('UNAUTHENTICATED');
    }
  });

  it.each(Object.entries(samples).filter(([, s]) => s.deniedTo !== undefined))('%s answers 403 FORBIDDEN to an account the policy refuses', async (_key, sample) => {
    const url = typeof sample.url === 'string' ? sample.url : await sample.url(server());
    const res = await send(server().app, { method: _key.split(' ')[0] as 'GET', url, payload: sample.payload, as: await server().as(sample.deniedTo!) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(res.json().error.message.length).toBeGreaterThan(10);
  });

  it.each(Object.entries(samples))('%s succeeds for an account the policy allows', async (key, sample) => {
    const url = typeof sample.url === 'string' ? sample.url : await sample.url(server());
    // Sign-out ends its session, so it gets a session of its own.
    const as = key.includes('sign-out') ? await signIn(server().app, `${sample.allowedTo}@lumen.example`) : await server().as(sample.allowedTo);
    const res = await send(server().app, { method: key.split(' ')[0] as 'GET', url, payload: sample.payload, as });
    expect(res.statusCode, res.body).toBeLessThan(300);
  });

  it('routes refused to nobody are open to every role by the policy', () => {
    for (const [key, sample] of Object.entries(samples)) {
      const access = routes.find((r) => r.key === key)?.access;
      if (sample.deniedTo !== undefined || typeof access !== 'object' || access === null) continue;
      const { resource, action } = access as { resource: Resource['type']; action: 'read' | 'write' };
      for (const role of roles) {
        const actor = accountActor({ accountId: 'a', personId: 'p', roles: [role] });
        expect(can(actor, action, { type: resource } as Resource).allowed, `${key} for ${role}`).toBe(true);
      }
    }
  });
});

it('refuses to register an /api route that declares no access rule', async () => {
  const app = Fastify();
  installAccessInventory(app as never);
  expect(() => app.get('/api/secret', async () => 'x')).toThrow(/declares no access rule/);
  app.get('/api/open', { config: { access: 'public' } }, async () => 'x');
  // Outside /api (the web app's static files) a route without a rule is public by rule.
  app.get('/index.html', async () => 'x');
  await app.ready();
  expect(app.accessInventory.get('GET /api/open')).toBe('public');
  expect(app.accessInventory.get('GET /index.html')).toBe('public');
  await app.close();
});
