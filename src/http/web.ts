/**
 * Serving the web app (web/, built by Vite into dist/web) from the API server. One origin for
 * both is what lets the strict CSP (`'self'` only) and same-origin session cookies work without
 * CORS.
 *
 * - Hashed files under /assets never change, so browsers may keep them for a year.
 * - index.html names the current hashes, so it is revalidated on every load (`no-cache`).
 * - Any other GET outside /api/ is a client-side route: answer index.html, the router decides.
 * - Without a build, say so (503) instead of a bare 404: `npm start` in a fresh clone that
 *   skipped the build is the likeliest way to get here.
 *
 * The files are listed once, at start-up (`wildcard: false`): only files that existed then can
 * be served, so no request path can reach outside the build, and a new build needs a restart.
 * Source maps (`*.map`) are never served: the build keeps them for the operator only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const webNotBuiltMessage = 'The web app is not built: run npm run build\n';

const immutable = 'public, max-age=31536000, immutable';

/** `/assets/…` is Vite's output of content-hashed files; everything else may change. */
function cacheControlFor(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return relative.startsWith('assets/') ? immutable : 'no-cache';
}

function pathnameOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}

const isSourceMap = (pathname: string): boolean => pathname.toLowerCase().endsWith('.map');

/** API and asset paths never fall back to index.html: a missing one is a real 404. */
function isOutsideTheApp(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/assets/');
}

export async function registerWebApp(app: FastifyInstance, options: { root: string }): Promise<void> {
  const root = path.resolve(options.root);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      allowedPath: (pathName: string) => !isSourceMap(pathName),
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders: (res, file) => res.setHeader('cache-control', cacheControlFor(root, file)),
    });
  }

  app.get('/*', { schema: { hide: true } }, (request: FastifyRequest, reply: FastifyReply) => {
    if (isOutsideTheApp(pathnameOf(request))) return reply.callNotFound();
    if (!built) {
      return reply.code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(webNotBuiltMessage);
    }
    return reply.sendFile('index.html');
  });
}
