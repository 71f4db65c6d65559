/**
 * Serving the OpenAPI document that @fastify/swagger builds from the zod schemas of every
 * route (registered in openapi.ts before any route, so it sees them all).
 */
import type { RouteRegistration } from '../../types.js';
import { openapiSchema } from './schema.js';

export const openapiRoutes: RouteRegistration = {
  area: 'openapi',
  register(app) {
    app.get('/api/openapi.json', { schema: openapiSchema, config: { access: 'public' } }, async () => {
      const doc = app.swagger() as { openapi: string; info: { title: string; version: string }; paths?: Record<string, unknown> };
      return { ...doc, paths: doc.paths ?? {} };
    });
  },
};
