/**
 * Configuration, validated once at start-up. Nothing else in Trellis reads `process.env`:
 * shells call `loadConfig(process.env, flags)` and pass the result down, so every setting has
 * one name, one default and one place where a bad value is reported — all problems at once.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { TrellisError, type Problem } from './errors.js';
import { parseEmailDelivery, type EmailDelivery } from './config-smtp.js';
import { emptyWebhookServices, parseWebhookServices, type WebhookServices } from './config-webhooks.js';

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
  TRELLIS_DOCUMENT_MAX_ITEMS: z.coerce.number().int().min(1).max(100_000).default(1000),
  TRELLIS_WRITE_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(120),
  TRELLIS_REPORT_WORKERS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0).max(64).optional(),
  TRELLIS_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
  TRELLIS_TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  TRELLIS_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  TRELLIS_OIDC_CLIENT_ID: z.string().min(1).optional(),
  TRELLIS_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  TRELLIS_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  TRELLIS_OIDC_NAME: z.string().min(1).max(60).optional(),
  TRELLIS_GITHUB_WEBHOOK_SECRET: z.string().min(1).optional(),
  TRELLIS_GITLAB_WEBHOOK_TOKEN: z.string().min(1).optional(),
  TRELLIS_PAGERDUTY_WEBHOOK_SECRET: z.string().min(1).optional(),
  TRELLIS_OPSGENIE_WEBHOOK_TOKEN: z.string().min(1).optional(),
  TRELLIS_WEBHOOK_SERVICES: z.string().optional(),
  TRELLIS_INCIDENT_LABEL: z.string().trim().min(1).max(100).default('incident'),
});

const oidcKeys = ['TRELLIS_OIDC_ISSUER', 'TRELLIS_OIDC_CLIENT_ID', 'TRELLIS_OIDC_CLIENT_SECRET', 'TRELLIS_OIDC_REDIRECT_URL', 'TRELLIS_OIDC_NAME'] as const;

/** Single sign-on through an OpenID Connect provider; absent when not configured. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This server's callback, exactly as registered with the provider (…/api/auth/oidc/callback). */
  redirectUrl: string;
  /** What the sign-in button says, e.g. "Acme SSO". */
  name: string;
}

export interface Config {
  /** A SQLite file path (or `:memory:`) or a `postgres://` URL. */
  db: string;
  port: number;
  host: string;
  logLevel: (typeof logLevels)[number];
  pgPoolSize: number;
  /**
   * Worker threads that compute delivery reports off the event loop (0: on it, as tests with an
   * in-memory database must). Default: one less than the CPUs, at least 1, at most 4.
   */
  reportWorkers: number;
  /** How many bad lines an import reports before it stops looking for more. */
  importMaxErrors: number;
  /** The most evidence items (and, separately, goals) one living document holds. */
  documentMaxItems: number;
  /** Writes (non-GET API requests) one account may make per minute; 0 turns the limit off. */
  writeRatePerMinute: number;
  /** `auto`: cookies are Secure when the request came over https (see `trustProxy`). */
  secureCookies: 'auto' | 'always' | 'never';
  /**
   * Behind a reverse proxy, believe its X-Forwarded-Proto/-For headers (https detection and the
   * client address used by sign-in rate limits). Off by default: a client could forge them.
   */
  trustProxy: boolean;
  oidc: OidcConfig | null;
  webhooks: WebhookConfig;
  /** Notification email: SMTP (null: email off), attempts and backoff, links (config-smtp.ts). */
  email: EmailDelivery;
}

/**
 * Inbound webhooks. A source without its secret is switched off (its route answers 404), so
 * nobody can post unsigned data to a receiver the operator never set up.
 */
export interface WebhookConfig {
  githubSecret: string | null;
  gitlabToken: string | null;
  pagerdutySecret: string | null;
  opsgenieToken: string | null;
  /** Which Trellis service an outside repository, project, PagerDuty service or Opsgenie team/tag belongs to. */
  services: WebhookServices;
  /** The GitHub issue label that makes an issue an incident. */
  incidentLabel: string;
}

/** Values given on the command line win over the environment. */
export interface ConfigOverrides {
  db?: string | undefined;
  port?: number | string | undefined;
  host?: string | undefined;
  logLevel?: string | undefined;
  /** The log level when neither LOG_LEVEL nor `logLevel` says (the demo keeps its terminal quiet). */
  defaultLogLevel?: string | undefined;
}

export const defaultDbPath = './trellis.db';

export function loadConfig(env: Record<string, string | undefined>, overrides: ConfigOverrides = {}): Config {
  const merged: Record<string, unknown> = { ...env };
  if (overrides.port !== undefined) merged.PORT = overrides.port;
  if (overrides.host !== undefined) merged.HOST = overrides.host;
  if (overrides.logLevel !== undefined) merged.LOG_LEVEL = overrides.logLevel;
  // Empty strings in the environment mean "unset", as most deployment tools write them.
  for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];
  if (merged.LOG_LEVEL === undefined && overrides.defaultLogLevel !== undefined) merged.LOG_LEVEL = overrides.defaultLogLevel;

  const parsed = envSchema.safeParse(merged);
  const problems: Problem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: issue.path.join('.'), message: issue.message });
    }
  }
  // Read from the merged values, not the parse result, so a bad URL is reported beside other problems.
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const db = overrides.db ?? text(merged.TRELLIS_DB) ?? text(merged.DATABASE_URL) ?? defaultDbPath;
  if (/^[a-z]+:\/\//i.test(db) && !/^postgres(ql)?:\/\//i.test(db)) {
    problems.push({ field: 'TRELLIS_DB', message: `unsupported database URL scheme in "${redactUrl(db)}"; use a file path or postgres://` });
  }
  if (parsed.success) problems.push(...oidcProblems(parsed.data));
  const services = parseWebhookServices(text(merged.TRELLIS_WEBHOOK_SERVICES));
  if (!services.ok) problems.push(...services.problems.map((message) => ({ field: 'TRELLIS_WEBHOOK_SERVICES', message })));
  const email = parseEmailDelivery(merged);
  if (!email.ok) problems.push(...email.problems);
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
    reportWorkers: e.TRELLIS_REPORT_WORKERS ?? Math.min(4, Math.max(1, availableParallelism() - 1)),
    importMaxErrors: e.TRELLIS_IMPORT_MAX_ERRORS,
    documentMaxItems: e.TRELLIS_DOCUMENT_MAX_ITEMS,
    writeRatePerMinute: e.TRELLIS_WRITE_RATE_LIMIT,
    secureCookies: e.TRELLIS_SECURE_COOKIES,
    trustProxy: e.TRELLIS_TRUST_PROXY === 'true' || e.TRELLIS_TRUST_PROXY === '1',
    oidc: e.TRELLIS_OIDC_ISSUER
      ? {
          issuer: e.TRELLIS_OIDC_ISSUER,
          clientId: e.TRELLIS_OIDC_CLIENT_ID!,
          clientSecret: e.TRELLIS_OIDC_CLIENT_SECRET!,
          redirectUrl: e.TRELLIS_OIDC_REDIRECT_URL!,
          name: e.TRELLIS_OIDC_NAME!,
        }
      : null,
    webhooks: {
      githubSecret: e.TRELLIS_GITHUB_WEBHOOK_SECRET ?? null,
      gitlabToken: e.TRELLIS_GITLAB_WEBHOOK_TOKEN ?? null,
      pagerdutySecret: e.TRELLIS_PAGERDUTY_WEBHOOK_SECRET ?? null,
      opsgenieToken: e.TRELLIS_OPSGENIE_WEBHOOK_TOKEN ?? null,
      services: services.ok ? services.value : emptyWebhookServices,
      incidentLabel: e.TRELLIS_INCIDENT_LABEL,
    },
    email: email.ok ? email.value : { smtp: null, maxAttempts: 5, retryBaseMs: 30_000, publicUrl: null },
  };
}

/**
 * OIDC is all or nothing: half a configuration would show a sign-in button that cannot work.
 * Plain-http issuers are accepted on loopback only (a local test issuer), never across a network.
 */
function oidcProblems(e: z.infer<typeof envSchema>): Problem[] {
  const set = oidcKeys.filter((k) => e[k] !== undefined);
  if (set.length === 0) return [];
  if (set.length < oidcKeys.length) {
    return oidcKeys.filter((k) => e[k] === undefined).map((field) => ({ field, message: `is required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (OIDC needs all of ${oidcKeys.join(', ')})` }));
  }
  const issuer = new URL(e.TRELLIS_OIDC_ISSUER!);
  if (issuer.protocol === 'http:' && !isLoopback(issuer.hostname)) {
    return [{ field: 'TRELLIS_OIDC_ISSUER', message: 'must use https (plain http is allowed for a loopback test issuer only)' }];
  }
  return [];
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Hide the password of a database URL before it is logged or printed. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/** An outside API a backfill reads (`trellis ingest github`), with its token. */
export interface SourceApiConfig {
  baseUrl: string;
  /** Undefined when the token variable is not set: the API is then read without authentication. */
  token: string | undefined;
  tokenEnv: string;
}

/**
 * Validate a source API's URL and read its token from the environment variable the user named
 * (`--token-env`), so the token never appears on a command line. The URL must be https (plain
 * http only on loopback, for a local test server): the token must not cross a network in clear.
 * A variable named explicitly but not set is an error; the default one may be absent.
 */
export function loadSourceApi(env: Record<string, string | undefined>, o: { apiUrl: string; tokenEnv?: string | undefined; defaultTokenEnv: string }): SourceApiConfig {
  const problems: Problem[] = [];
  const tokenEnv = o.tokenEnv ?? o.defaultTokenEnv;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) problems.push({ field: '--token-env', message: `"${tokenEnv}" is not an environment variable name` });
  let url: URL | undefined;
  try {
    url = new URL(o.apiUrl);
  } catch {
    problems.push({ field: '--api-url', message: `"${o.apiUrl}" is not a URL` });
  }
  if (url && url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    problems.push({ field: '--api-url', message: 'must use https (plain http is allowed for a loopback test server only)' });
  }
  const value = env[tokenEnv];
  const token = value === undefined || value.trim() === '' ? undefined : value.trim();
  if (token === undefined && o.tokenEnv !== undefined && problems.length === 0) problems.push({ field: '--token-env', message: `environment variable ${tokenEnv} is not set` });
  if (problems.length > 0) throw new TrellisError('CONFIG_INVALID', `The source API settings are not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`, problems);
  return { baseUrl: o.apiUrl, token, tokenEnv };
}
