/**
 * Opening the store: SQLite (embedded, the default) or PostgreSQL, behind one Kysely instance.
 * Everything above this file is dialect-blind; the differences that matter are settled here:
 * SQLite pragmas, and PostgreSQL's habit of returning bigint and numeric values as strings.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { isPostgresUrl, redactUrl } from '../config.js';
import { TrellisError } from '../errors.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the store lives, safe to print (passwords hidden). */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  pgPoolSize?: number;
}

export async function openStore(target: string, options: OpenOptions = {}): Promise<Store> {
  return isPostgresUrl(target) ? openPostgres(target, options) : openSqlite(target);
}

function openSqlite(path: string): Store {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file);
  } catch (e) {
    throw new TrellisError('STORE_UNAVAILABLE', `Cannot open the SQLite database at ${file}: ${(e as Error).message}`);
  }
  // WAL lets the web server read while an import writes; NORMAL sync is safe with WAL
  // (a power cut may lose the last transaction, never corrupt the file).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

// int8 (counts, sums, epoch ms) and numeric come back from pg as strings; every value Trellis
// keeps there is far inside Number's safe range, so convert them once, here.
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) {
      return (v: string) => (v === null ? null : Number(v));
    }
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

async function openPostgres(url: string, options: OpenOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.pgPoolSize ?? 10, types: pgTypes as pg.CustomTypesConfig });
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new TrellisError('STORE_UNAVAILABLE', `Cannot connect to PostgreSQL at ${redactUrl(url)}: ${(e as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}
