/**
 * The types every route file shares: the Zod-typed Fastify instance, what a route may use,
 * and the shape of one entry in the route inventory (routes/index.ts).
 */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { OidcClient } from '../app/auth/oidc-client.js';
import type { SignInThrottle } from '../app/auth/sign-in-throttle.js';
import type { SessionCache } from '../app/auth/session-cache.js';
import type { ReportCache } from '../app/delivery/report-cache.js';
import type { ReportPool } from '../app/delivery/report-pool.js';
import type { Runtime } from '../app/runtime.js';
import type { SloAlertEpisodeSource } from '../core/oncall/slo-alerts.js';
import type { Config } from '../config.js';
import type { DataAccess } from '../store/data-access.js';
import type { Store } from '../store/db.js';
import type { OrgRepository } from '../store/org-repository.js';

/** Fastify with request and reply types inferred from the zod schemas of each route. */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** Everything a route handler may reach: the store (for health), the repositories and the use-case dependencies. */
export interface RouteDeps {
  store: Store;
  org: OrgRepository;
  version: string;
  data: DataAccess;
  runtime: Runtime;
  config: Config;
  /** Failed sign-ins per email and client address (in memory, per process). */
  signInThrottle: SignInThrottle;
  /** Resolved sessions and API tokens, per process, for a few seconds; sign-out and token revocation must forget what they end. */
  sessionCache: SessionCache;
  /** Delivery reports already computed, per process; keyed by the data version, so safe across instances. */
  deliveryCache: ReportCache;
  /** Worker threads for delivery reports; absent when the store cannot be opened twice (in-memory). */
  reportPool: ReportPool | undefined;
  /** Null when OIDC is not configured. */
  oidc: OidcClient | null;
  /** Burn-rate alert episodes for on-call noise; absent: found over the stored SLI slices. */
  sloAlerts?: SloAlertEpisodeSource;
}

export interface RouteRegistration {
  /** The area, as named by its folder under routes/. */
  area: string;
  register(app: ZodApp, deps: RouteDeps): void;
}
