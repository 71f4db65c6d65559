/**
 * Configuration, validated once at start-up. Nothing else in Trellis reads `process.env`:
 * shells call `loadConfig(process.env, flags)` and pass the result down, so every setting has
 * one name, one default and one place where a bad value is reported — all problems at once.
 */
import { z } from 'zod';
import { TrellisError, type Problem } from './errors.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable Trellis understands, with its default. Documented in README.md. */
const envSchema = z.object({
  TRELLIS_DB: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  TRELLIS_PG_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TRELLIS_IMPORT_MAX_ERRORS: z.coerce.number().int().min(1).max(10_000).default(50),
});

export interface Config {
  /** A SQLite file path (or `:memory:`) or a `postgres://` URL. */
  db: string;
  port: number;
  host: string;
  logLevel: (typeof logLevels)[number];
  pgPoolSize: number;
  /** How many bad lines an import reports before it stops looking for more. */
  importMaxErrors: number;
}

/** Values given on the command line win over the environment. */
export interface ConfigOverrides {
  db?: string | undefined;
  port?: number | string | undefined;
  host?: string | undefined;
  logLevel?: string | undefined;
}

export const defaultDbPath = './trellis.db';

export function loadConfig(env: Record<string, string | undefined>, overrides: ConfigOverrides = {}): Config {
  const merged: Record<string, unknown> = { ...env };
  if (overrides.port !== undefined) merged.PORT = overrides.port;
  if (overrides.host !== undefined) merged.HOST = overrides.host;
  if (overrides.logLevel !== undefined) merged.LOG_LEVEL = overrides.logLevel;
  // Empty strings in the environment mean "unset", as most deployment tools write them.
  for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];

  const parsed = envSchema.safeParse(merged);
  const problems: Problem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: issue.path.join('.'), message: issue.message });
    }
  }
  const db = overrides.db ?? parsed.data?.TRELLIS_DB ?? parsed.data?.DATABASE_URL ?? defaultDbPath;
  if (/^[a-z]+:\/\//i.test(db) && !/^postgres(ql)?:\/\//i.test(db)) {
    problems.push({ field: 'TRELLIS_DB', message: `unsupported database URL scheme in "${redactUrl(db)}"; use a file path or postgres://` });
  }
  if (problems.length > 0 || !parsed.success) {
    throw new TrellisError('CONFIG_INVALID', `The configuration is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`, problems);
  }
  const e = parsed.data;
  return {
    db,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    pgPoolSize: e.TRELLIS_PG_POOL_SIZE,
    importMaxErrors: e.TRELLIS_IMPORT_MAX_ERRORS,
  };
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Hide the password of a database URL before it is logged or printed. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
