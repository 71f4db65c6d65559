import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerWebApp, webNotBuiltMessage } from './web.js';

const indexHtml = '<!doctype html><html lang="en"><title>Trellis</title><script type="module" src="/assets/app-1a2b3c.js"></script></html>';
const assetJs = 'console.log("trellis");';

let dir: string;
let app: FastifyInstance | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'trellis-web-'));
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** A server shaped like the real one: an API route and a JSON 404 handler, then the web app. */
async function serve(root: string): Promise<FastifyInstance> {
  app = Fastify();
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}.` } }));
  app.get('/api/ping', () => ({ pong: true }));
  await registerWebApp(app, { root });
  await app.ready();
  return app;
}

async function writeBuild(): Promise<void> {
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), indexHtml);
  await writeFile(path.join(dir, 'assets', 'app-1a2b3c.js'), assetJs);
}

describe('registerWebApp with a build', () => {
  beforeEach(writeBuild);

  it('serves index.html at / and /index.html, revalidated on every load', async () => {
    const server = await serve(dir);
    for (const url of ['/', '/index.html']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(indexHtml);
    }
  });

  it('never serves a source map, even when the build has one', async () => {
    await writeFile(path.join(dir, 'assets', 'app-1a2b3c.js.map'), '{"version":3,"sources":["../src/secret.ts"]}');
    const server = await serve(dir);
    for (const url of ['/assets/app-1a2b3c.js.map', '/assets/APP-1a2b3c.js.MAP', '/assets/app-1a2b3c.js.map?x=1']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('secret.ts');
    }
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await (await serve(dir)).inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe(assetJs);
  });

  it('answers client-side routes with index.html', async () => {
    const server = await serve(dir);
    for (const url of ['/teams', '/people/amara/private', '/sign-in?next=%2Faudit']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body, url).toBe(indexHtml);
    }
    expect((await server.inject({ method: 'HEAD', url: '/teams' })).statusCode).toBe(200);
  });

  it('leaves /api to the API: its routes work and unknown ones get the JSON 404', async () => {
    const server = await serve(dir);
    expect((await server.inject({ method: 'GET', url: '/api/ping' })).json()).toEqual({ pong: true });
    for (const url of ['/api/nope', '/api', '/api/teams/x/y?z=1']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('NOT_FOUND');
    }
  });

  it('does not answer a missing asset or a non-GET request with index.html', async () => {
    const server = await serve(dir);
    expect((await server.inject({ method: 'GET', url: '/assets/gone-123.js' })).statusCode).toBe(404);
    expect((await server.inject({ method: 'POST', url: '/teams' })).statusCode).toBe(404);
  });

  it('cannot be led outside the build directory', async () => {
    await writeFile(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
    const server = await serve(dir);
    for (const url of [`/../${path.basename(dir)}-secret.txt`, '/assets/..%2F..%2Fetc%2Fpasswd']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.body, url).not.toContain('secret');
      expect(res.body, url).not.toContain('root:');
    }
    await rm(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), { force: true });
  });
});

describe('registerWebApp without a build', () => {
  it('answers / and app routes with 503 and how to build, as plain text', async () => {
    const server = await serve(dir);
    for (const url of ['/', '/teams']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(503);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body).toBe(webNotBuiltMessage);
      expect(res.body).toContain('The web app is not built: run npm run build');
    }
  });

  it('still leaves /api alone, even when the directory does not exist', async () => {
    const server = await serve(path.join(dir, 'does-not-exist'));
    expect((await server.inject({ method: 'GET', url: '/api/ping' })).statusCode).toBe(200);
    expect((await server.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
    expect((await server.inject({ method: 'GET', url: '/' })).statusCode).toBe(503);
  });
});
