import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { seedAccounts, testAccounts } from '../../test/accounts.js';
import { describeEachDialect, freshStore } from '../../test/dialects.js';
import { createTestServer, getJson, seedOrg, signIn, testConfig } from '../../test/http-helpers.js';
import { registeredRoutes } from '../../test/routes.js';
import { createApiToken } from '../app/auth/create-api-token.js';
import { systemRuntime } from '../app/runtime.js';
import { operatorActor } from '../core/access/actor.js';
import { dataAccess } from '../store/data-access.js';
import { buildServer, startServer } from './server.js';

describeEachDialect('the HTTP server', (dialect) => {
  it('documents every registered /api route, with a declared success response', async () => {
    const server = await createTestServer(dialect, { seed: false });
    try {
      const routes = registeredRoutes(server.app.printRoutes({ commonPrefix: false })).filter((r) => r.path.startsWith('/api/'));
      // The parser must see the routes we know of, or this test would pass vacuously.
      expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/health', '/api/teams', '/api/teams/:id']));
      const doc = (await getJson(server.app, '/api/openapi.json')).body;
      for (const { path, methods } of routes) {
        const openapiPath = path.replace(/:(\w+)/g, '{$1}');
        // HEAD routes are Fastify's automatic twins of GET routes; they need no schema of their own.
        for (const method of methods.filter((x) => x !== 'HEAD')) {
          const op = doc.paths[openapiPath]?.[method.toLowerCase()];
          expect(op, `${method} ${path} is missing from openapi.json`).toBeDefined();
          const success = Object.keys(op.responses).filter((code) => /^[23]\d\d$/.test(code));
          expect(success, `${method} ${path} declares no success response`).toHaveLength(1);
          // A body-less answer (204, a redirect) is documented by its description alone.
          if (success[0] === '200' || success[0] === '201') {
            expect(op.responses[success[0]]?.content?.['application/json']?.schema, `${method} ${path} declares no response schema`).toBeDefined();
          }
        }
      }
    } finally {
      await server.close();
    }
  });

  it('answers unknown routes with a 404 JSON error body', async () => {
    const server = await createTestServer(dialect, { seed: false });
    try {
      for (const url of ['/api/nope', '/api/teams/a/b', '/nothing-here?x=1']) {
        const { status, body, contentType } = await getJson(server.app, url);
        expect(status, url).toBe(404);
        expect(contentType).toMatch(/^application\/json/);
        expect(body.error.code).toBe('NOT_FOUND');
      }
      expect((await getJson(server.app, '/nothing-here?x=1')).body.error.message).toBe('No route GET /nothing-here.');
    } finally {
      await server.close();
    }
  });

  it('answers an unexpected failure with 500 INTERNAL, logging it without leaking it', async () => {
    const store = await freshStore(dialect);
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) });
    await seedAccounts(store, false);
    const app = await buildServer({ store, config: testConfig(store), logger: pino({ level: 'error' }, sink) });
    const viewer = await signIn(app, testAccounts.viewer.email);
    await store.close(); // every query now fails inside the driver
    try {
      const { status, body } = await getJson(app, '/api/teams', viewer);
      expect(status).toBe(500);
      expect(body).toEqual({ error: { code: 'INTERNAL', message: 'Something went wrong inside Trellis.' } });
      expect(lines.join('')).toContain('driver has already been destroyed');
    } finally {
      await app.close();
      await store.dispose();
    }
  });

  it('starts listening, serves over HTTP, and on a signal closes the server and then the store', async () => {
    const store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    const { token } = await createApiToken({ data: dataAccess(store.db), runtime: systemRuntime }, operatorActor, { accountId: testAccounts.alan.id, name: 'test' });
    const before = process.listenerCount('SIGUSR2');
    const running = await startServer({ store, config: testConfig(store), signals: ['SIGUSR2'] });
    try {
      expect(running.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${running.address}/api/people?team=platform`)).status).toBe(401);
      const res = await fetch(`${running.address}/api/people?team=platform`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: number }).total).toBe(2);
      expect(process.listenerCount('SIGUSR2')).toBe(before + 1);

      process.emit('SIGUSR2', 'SIGUSR2');
      await running.close(); // the same shutdown the signal started
      expect(process.listenerCount('SIGUSR2')).toBe(before);
      await expect(fetch(`${running.address}/api/health`)).rejects.toThrow();
      await expect(store.db.selectFrom('teams').selectAll().execute()).rejects.toThrow(/destroyed/);
    } finally {
      await running.close();
      await store.dispose();
    }
  });

  it('reports a busy port as a configuration problem and closes the store', async () => {
    const first = await freshStore(dialect);
    const running = await startServer({ store: first, config: testConfig(first), signals: [] });
    const port = Number(new URL(running.address).port);
    const second = await freshStore(dialect);
    try {
      await expect(startServer({ store: second, config: testConfig(second, { port }), signals: [] })).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        problems: [{ field: 'PORT', message: `127.0.0.1:${port} is already in use` }],
      });
      await expect(second.db.selectFrom('teams').selectAll().execute()).rejects.toThrow(/destroyed/);
    } finally {
      await running.close();
      await first.dispose();
      await second.dispose();
    }
  });
});
