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
export function jsonNumbers<DB>(db: Kysely<DB>, column: string): RawBuilder<unknown> {
  return isPostgres(db) ? sql`json_agg(${sql.ref(column)})` : sql`json_group_array(${sql.ref(column)})`;
}

/** The numbers of a `jsonNumbers` value (PostgreSQL gives null for no rows; pg may have parsed it). */
export function numbers(value: unknown): number[] {
  if (value === null || value === undefined) return [];
  const list = (typeof value === 'string' ? JSON.parse(value) : value) as unknown[];
  return list.map(Number);
}
