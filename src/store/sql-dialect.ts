/**
 * The few places where the two dialects spell SQL differently, in one file. Repositories get a
 * `Kysely` only; the adapter says which database is behind it.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * All values of a numeric column as ONE JSON array (per group): returning 130,000 numbers as a
 * single value costs a fraction of 130,000 rows (no row objects, one parse). Read it with `numbers`.
 * Two such aggregates in one select see the same rows in the same order, so they stay parallel.
 */
export function jsonNumbers<DB>(db: Kysely<DB>, column: string, filter?: RawBuilder<unknown>): RawBuilder<unknown> {
  const only = filter === undefined ? sql`` : sql` filter (where ${filter})`;
  return isPostgres(db) ? sql`json_agg(${sql.ref(column)})${only}` : sql`json_group_array(${sql.ref(column)})${only}`;
}

/** The numbers of a `jsonNumbers` value (PostgreSQL gives null for no rows; pg may have parsed it). */
export function numbers(value: unknown): number[] {
  if (value === null || value === undefined) return [];
  // JSON numbers parse as numbers; pg's own parse of json gives them too.
  return (typeof value === 'string' ? JSON.parse(value) : value) as number[];
}

/**
 * Holds a lock named `key` until the caller's transaction ends, so transactions that check a bound
 * and then write (e.g. "at most 5 peer requests per person per cycle") take turns instead of both
 * passing the check. PostgreSQL: a transaction-scoped advisory lock (two Trellis instances share
 * it). SQLite needs none: one connection, and Kysely runs its transactions one at a time.
 */
export async function lockForTransaction<DB>(db: Kysely<DB>, key: string): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
}
