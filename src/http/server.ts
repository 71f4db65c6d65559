/**
 * The HTTP server: Fastify with zod schemas for validation, serialization and OpenAPI, one
 * error handler, and the route inventory. `buildServer` wires it without listening (tests use
 * `inject`); `startServer` listens and owns shutdown, for the CLI's `serve` and `demo`.
 */
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { TrellisError } from '../errors.js';
import type { Store } from '../store/db.js';
import { OrgRepository } from '../store/org-repository.js';
import { installErrorHandling } from './errors.js';
import { createLogger } from './logger.js';
import { installOpenApi } from './openapi.js';
import { routes } from './routes/index.js';
import type { ZodApp } from './types.js';
import { version as trellisVersion } from '../version.js';

export type { ZodApp } from './types.js';

export interface BuildOptions {
  store: Store;
  config: Config;
  /** A pino logger to use instead of one built from `config.logLevel` (see logger.ts). */
  logger?: FastifyBaseLogger;
}

export async function buildServer({ store, config, logger }: BuildOptions): Promise<ZodApp> {
  const app: ZodApp = Fastify({
    loggerInstance: logger ?? createLogger(config),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await installOpenApi(app, trellisVersion);
  const deps = { store, org: new OrgRepository(store.db), version: trellisVersion };
  for (const r of routes) r.register(app, deps);
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
 * Listen on `config.host:config.port`. The running server owns `store` from here on: it is
 * closed on shutdown, and also when listening fails.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { store, config } = options;
  const server = await buildServer(options);
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
