/**
 * The HTTP server: Fastify with zod schemas for validation, serialization and OpenAPI, one
 * error handler, and the route inventory. `buildServer` wires it without listening (tests use
 * `inject`); `startServer` listens and owns shutdown, for the CLI's `serve` and `demo`.
 */
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { OidcClient } from '../app/auth/oidc-client.js';
import { SignInThrottle } from '../app/auth/sign-in-throttle.js';
import { systemRuntime, type Runtime } from '../app/runtime.js';
import { isPostgresUrl, redactUrl, type Config } from '../config.js';
import { resolve } from 'node:path';
import { ReportPool } from '../app/delivery/report-pool.js';
import { TrellisError } from '../errors.js';
import { dataAccess } from '../store/data-access.js';
import type { Store } from '../store/db.js';
import { installAccessInventory } from './access.js';
import { installAuthentication } from './authenticate.js';
import { installErrorHandling } from './errors.js';
import { installRequestGuards } from './request-guards.js';
import { installSecurityHeaders } from './security-headers.js';
import { createLogger } from './logger.js';
import { installOpenApi } from './openapi.js';
import { routes } from './routes/index.js';
import { registerWebApp } from './web.js';
import { ReportCache } from '../app/delivery/report-cache.js';
import { ReportingLineCache } from '../app/auth/reporting-line-cache.js';
import { SessionCache } from '../app/auth/session-cache.js';
import { readDataVersion } from '../store/data-version.js';
import type { ZodApp } from './types.js';
import { version as trellisVersion } from '../version.js';
import { startNotificationWorkers, type NotificationWorkers, type WorkerOptions } from '../app/notifications/notification-workers.js';

export type { ZodApp } from './types.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The notification workers this server runs; null when it runs none. */
    notificationWorkers: NotificationWorkers | null;
  }
}

export interface BuildOptions {
  store: Store;
  config: Config;
  /** A pino logger to use instead of one built from `config.logLevel` (see logger.ts). */
  logger?: FastifyBaseLogger;
  /** The clock and randomness (tests fix the clock); the system's by default. */
  runtime?: Runtime;
  /** The built web app to serve at `/` (see web.ts); API-only when absent. */
  webRoot?: string;
  /**
   * Run the notification workers (deadline sweep, email sender): on for a listening server
   * (`startServer`), off by default for servers tests drive with `inject`.
   */
  notifications?: WorkerOptions & { workers: boolean };
}

/** Where `npm run build` puts the web app: dist/web, both from src/http and from dist/http. */
export const defaultWebRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * The worker threads that compute delivery reports, when the store can be opened again by them:
 * a file or PostgreSQL database that `config.db` names (an in-memory database is per connection,
 * so tests that build a server on one compute on the request thread).
 */
function reportPoolFor(store: Store, config: Config): ReportPool | undefined {
  if (config.reportWorkers === 0) return undefined;
  const same = isPostgresUrl(config.db) ? redactUrl(config.db) === store.location : config.db !== ':memory:' && resolve(config.db) === store.location;
  return same ? new ReportPool(config.db, config.reportWorkers, { pgPoolSize: config.pgPoolSize }) : undefined;
}

export async function buildServer({ store, config, logger, runtime = systemRuntime, webRoot, notifications }: BuildOptions): Promise<ZodApp> {
  const app: ZodApp = Fastify({
    loggerInstance: logger ?? createLogger(config),
    // Believe X-Forwarded-Proto/-For only when told to (https detection, client address for rate limits).
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app);
  installAccessInventory(app);
  await app.register(fastifyCookie);
  const data = dataAccess(store.db);
  // One per process, shared by the sign-in check, sign-out and token revocation (which must forget what they end).
  const sessionCache = new SessionCache();
  installAuthentication(app, { data, runtime, reportingLines: new ReportingLineCache(() => readDataVersion(store.db)), sessionCache }, config);
  // After authentication (hooks run in the order installed): authorisation before the body is read.
  installRequestGuards(app, { writeRatePerMinute: config.writeRatePerMinute, now: () => runtime.now() });
  await installOpenApi(app, trellisVersion);
  const deps = {
    store,
    org: data.org,
    version: trellisVersion,
    data,
    runtime,
    config,
    signInThrottle: new SignInThrottle(),
    sessionCache,
    deliveryCache: new ReportCache(),
    reportPool: reportPoolFor(store, config),
    oidc: config.oidc ? new OidcClient(config.oidc) : null,
  };
  app.addHook('onClose', async () => deps.reportPool?.close());
  for (const r of routes) r.register(app, deps);
  if (webRoot !== undefined) await registerWebApp(app, { root: webRoot });
  const workers = notifications?.workers ? await startNotificationWorkers({ store, data, runtime, config, onError: (err, what) => app.log.error({ err }, `${what} failed`) }, notifications) : null;
  app.decorate('notificationWorkers', workers);
  // Stop sending before the store closes (onClose hooks run before startServer closes the store).
  app.addHook('onClose', async () => workers?.close());
  await app.ready();
  return app;
}

export interface StartOptions extends BuildOptions {
  /** Signals that trigger a graceful shutdown; `[]` leaves signal handling to the caller. */
  signals?: readonly NodeJS.Signals[];
}

export interface RunningServer {
  server: ZodApp;
  /** Where the server listens, e.g. `http://127.0.0.1:3000`. */
  address: string;
  /** Stop accepting requests, finish the ones in flight, then close the store. Idempotent. */
  close(): Promise<void>;
}

/**
 * Listen on `config.host:config.port`, serving the web app from `webRoot` (default: dist/web).
 * The running server owns `store` from here on: it is closed on shutdown, and also when
 * listening fails.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { store, config } = options;
  const server = await buildServer({ ...options, webRoot: options.webRoot ?? defaultWebRoot, notifications: options.notifications ?? { workers: true } });
  let closing: Promise<void> | undefined;
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  const onSignal = (signal: NodeJS.Signals): void => {
    // Drop our handlers first, so a second Ctrl-C during a slow shutdown kills the process.
    for (const s of signals) process.off(s, onSignal);
    server.log.info({ signal }, 'shutting down');
    close().catch((e: unknown) => {
      server.log.error({ err: e }, 'shutdown failed');
      process.exitCode = 1;
    });
  };
  const close = (): Promise<void> => {
    for (const s of signals) process.off(s, onSignal);
    closing ??= server.close().finally(() => store.close());
    return closing;
  };

  let address: string;
  try {
    address = await server.listen({ host: config.host, port: config.port });
  } catch (e) {
    await close();
    throw listenError(e, config);
  }
  for (const s of signals) process.on(s, onSignal);
  return { server, address, close };
}

/** A busy or forbidden port is a configuration problem the operator can fix: say which. */
function listenError(e: unknown, config: Config): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') return e;
  const why = code === 'EADDRINUSE' ? 'is already in use' : code === 'EACCES' ? 'needs more privileges' : 'is not an address of this machine';
  const field = code === 'EADDRNOTAVAIL' ? 'HOST' : 'PORT';
  return new TrellisError('CONFIG_INVALID', `Cannot listen on ${config.host}:${config.port}.`, [{ field, message: `${config.host}:${config.port} ${why}` }]);
}
