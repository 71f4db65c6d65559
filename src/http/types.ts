/**
 * The types every route file shares: the Zod-typed Fastify instance, what a route may use,
 * and the shape of one entry in the route inventory (routes/index.ts).
 */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '../store/db.js';
import type { OrgRepository } from '../store/org-repository.js';

/** Fastify with request and reply types inferred from the zod schemas of each route. */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** Everything a route handler may reach: the store (for health) and the repositories. */
export interface RouteDeps {
  store: Store;
  org: OrgRepository;
  version: string;
}

export interface RouteRegistration {
  /** The area, as named by its folder under routes/. */
  area: string;
  register(app: ZodApp, deps: RouteDeps): void;
}
