/**
 * Opening the store: SQLite (embedded, the default) or PostgreSQL, behind one Kysely instance.
 * Everything above this file is dialect-blind; the differences that matter are settled here:
 * SQLite pragmas, and PostgreSQL's habit of returning bigint and numeric values as strings.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import type pg from 'pg';
import { Kysely, SqliteDialect } from 'kysely';
import { isPostgresUrl, redactUrl } from '../config.js';
import { TrellisError } from '../errors.js';
import { CurrentSchemaPostgresDialect } from './pg-introspector.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the store lives, safe to print (passwords hidden). */
  location: string;
  close(): Promise<void>;
  /**
   * A round trip to the database for health checks, on a connection of its own where the store
   * has a pool (PostgreSQL): under load every pooled connection is busy with reports and sign-ins,
   * and a liveness check that queues behind them measures the queue, not the database.
   * Absent: a query through `db` (SQLite answers at once).
   */
  ping?: () => Promise<void>;
}

export interface OpenOptions {
  pgPoolSize?: number;
  /** SQLite only: open the file read-only (benchmarks reading a shared demo database). */
  readonly?: boolean;
}

/** Only the driver of the dialect in use is loaded: a SQLite installation never loads pg, and the other way round. */
export async function openStore(target: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) return openPostgres((await import('pg')).default, target, options);
  return openSqlite((await import('better-sqlite3')).default, target, options.readonly ?? false);
}

function openSqlite(Sqlite: typeof SqliteDatabase, path: string, readonly: boolean): Store {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:' && !readonly) mkdirSync(dirname(file), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new Sqlite(file, { readonly });
  } catch (e) {
    throw new TrellisError('STORE_UNAVAILABLE', `Cannot open the SQLite database at ${file}: ${(e as Error).message}`);
  }
  // WAL lets the web server read while an import writes; NORMAL sync is safe with WAL
  // (a power cut may lose the last transaction, never corrupt the file).
  if (!readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A 64 MB page cache (the default is 2 MB) keeps the indexes of a large import in memory.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; preparing a 500-row upsert costs about as much as running it.
 * Reusing prepared statements by SQL text (bounded, least recently used dropped first) makes the
 * import hot path and repeated reads cheaper. Safe because better-sqlite3 runs one statement at a time.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, max = 200) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (stmt) {
        cache.delete(sqlText);
      } else {
        stmt = sqlite.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sqlText, stmt);
      return stmt;
    },
  };
}

// int8 (counts, sums, epoch ms) and numeric come back from pg as strings; every value Trellis
// keeps there is far inside Number's safe range, so convert them once, here.
function pgTypes(driver: typeof pg) {
  return {
    getTypeParser(oid: number, format?: string) {
      if (oid === driver.types.builtins.INT8 || oid === driver.types.builtins.NUMERIC) {
        return (v: string) => (v === null ? null : Number(v));
      }
      return driver.types.getTypeParser(oid, format as 'text');
    },
  };
}

async function openPostgres(driver: typeof pg, url: string, options: OpenOptions): Promise<Store> {
  const pool = new driver.Pool({ connectionString: url, max: options.pgPoolSize ?? 10, types: pgTypes(driver) as pg.CustomTypesConfig });
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new TrellisError('STORE_UNAVAILABLE', `Cannot connect to PostgreSQL at ${redactUrl(url)}: ${(e as Error).message}`);
  }
  // Introspection (the migrator's) reads only Trellis's own schema: see pg-introspector.ts.
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  // Health checks get one connection of their own, opened on first use and kept.
  const health = new driver.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 });
  health.on('error', () => undefined);
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    location: redactUrl(url),
    close: async () => {
      closed = true;
      await Promise.all([db.destroy(), health.end().catch(() => undefined)]);
    },
    ping: async () => {
      if (closed) throw new TrellisError('STORE_UNAVAILABLE', 'The store is closed.');
      await health.query('select 1');
    },
  };
}
