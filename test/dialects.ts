/**
 * The dialect matrix: every store test runs once on SQLite and once on PostgreSQL, through the
 * same store code (as Kysely's own suite does).
 *
 * PostgreSQL comes from TRELLIS_TEST_PG_URL (default: the local cluster, database `test`).
 * Each test gets its own schema, so test files can run in parallel and leave nothing behind.
 * Locally a missing server skips the PostgreSQL half with a clear message; with
 * TRELLIS_REQUIRE_PG=1 (set by CI) a missing server fails the run instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore, type Dialect, type Store } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';

export const pgBaseUrl = process.env.TRELLIS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgRequired = process.env.TRELLIS_REQUIRE_PG === '1' || process.env.CI === 'true';

let pgAvailable: Promise<boolean> | undefined;

export function postgresAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: pgBaseUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (e) {
      if (pgRequired) throw new Error(`PostgreSQL is required (CI) but ${pgBaseUrl} cannot be reached: ${(e as Error).message}`);
      console.warn(`[trellis tests] PostgreSQL at ${pgBaseUrl} is not reachable; skipping the PostgreSQL half of the store tests. Set TRELLIS_TEST_PG_URL or start PostgreSQL.`);
      return false;
    }
  })();
  return pgAvailable;
}

/** A throwaway PostgreSQL schema; the URL selects it through search_path. */
export async function createPgSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `trellis_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgBaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const sep = pgBaseUrl.includes('?') ? '&' : '?';
  const url = `${pgBaseUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: pgBaseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export interface TestStore extends Store {
  /** A URL or path another process (the CLI) can open to reach the same data. */
  target: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated store of the given dialect. */
export async function freshStore(dialect: Dialect, sqlitePath = ':memory:'): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const store = await openStore(sqlitePath);
    await migrateToLatest(store);
    return { ...store, target: sqlitePath, dispose: () => store.close() };
  }
  const { url, drop } = await createPgSchema();
  const store = await openStore(url, { pgPoolSize: 4 });
  await migrateToLatest(store);
  return {
    ...store,
    target: url,
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
}

const pgReady = await postgresAvailable();

/** `describe` once per dialect; the PostgreSQL block is skipped (locally only) when no server runs. */
export function describeEachDialect(name: string, fn: (dialect: Dialect) => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  describe.skipIf(!pgReady)(`${name} [postgres]`, () => fn('postgres'));
}
