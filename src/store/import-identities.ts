/**
 * Which records a file has stated so far, to refuse a file that states one record twice.
 *
 * A million-line file would need a million ids in memory to check this there; instead the ids go
 * into a temporary table of the import's own transaction (key → first line), in batches beside
 * the records themselves. Its primary key finds the repeats: `INSERT … ON CONFLICT DO NOTHING
 * RETURNING` gives back the new keys, and any key of the batch not given back (or given twice in
 * the batch) was stated before. Memory stays one batch; the table disappears with the
 * transaction (PostgreSQL: ON COMMIT DROP; SQLite: dropped before commit, undone on rollback).
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Dialect } from './db.js';
import type { Database } from './schema.js';

const BATCH = 500;
const table = 'trellis_import_identities';

/** A record stated again: its key (`kind id`), the line that repeats it and the first line that stated it. */
export interface RepeatedIdentity {
  key: string;
  line: number;
  firstLine: number;
}

export class ImportIdentities {
  private pending: { key: string; line: number }[] = [];
  private readonly sqlCache = new Map<number, string>();

  private constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** Creates the (empty) temporary table inside `trx`. */
  static async open(trx: Kysely<Database>, dialect: Dialect): Promise<ImportIdentities> {
    if (dialect === 'postgres') {
      await sql`create temporary table if not exists ${sql.table(table)} (key text primary key, line integer not null) on commit drop`.execute(trx);
    } else {
      await sql`create temp table if not exists ${sql.table(table)} (key text primary key, line integer not null) without rowid`.execute(trx);
    }
    await sql`delete from ${sql.table(table)}`.execute(trx);
    return new ImportIdentities(trx, dialect);
  }

  /** Notes that `line` states the record `key`; returns the repeats found when a batch is checked. */
  async add(key: string, line: number): Promise<RepeatedIdentity[]> {
    this.pending.push({ key, line });
    return this.pending.length >= BATCH ? this.check() : [];
  }

  /** Checks what is still buffered; call once after the last record. */
  async check(): Promise<RepeatedIdentity[]> {
    const batch = this.pending;
    if (batch.length === 0) return [];
    this.pending = [];
    const inserted = new Set(await this.insertNew(batch));
    const linesOf = new Map<string, number[]>();
    for (const { key, line } of batch) {
      const lines = linesOf.get(key);
      if (lines) lines.push(line);
      else linesOf.set(key, [line]);
    }
    const repeatedKeys = [...linesOf].filter(([key, lines]) => lines.length > 1 || !inserted.has(key)).map(([key]) => key);
    if (repeatedKeys.length === 0) return [];
    const stored = await this.firstLines(repeatedKeys);
    const out: RepeatedIdentity[] = [];
    for (const key of repeatedKeys) {
      // Whatever the order the database inserted the batch in, the earliest line is the first.
      const lines = [...new Set([stored.get(key)!, ...linesOf.get(key)!])].sort((a, b) => a - b);
      const [first, ...rest] = lines;
      for (const line of rest) out.push({ key, line, firstLine: first! });
    }
    return out.sort((a, b) => a.line - b.line);
  }

  /** Before commit (SQLite keeps temporary tables for the connection's life). */
  async drop(): Promise<void> {
    if (this.dialect === 'sqlite') await sql`drop table if exists ${sql.table(table)}`.execute(this.db);
  }

  private async insertNew(batch: { key: string; line: number }[]): Promise<string[]> {
    if (this.dialect === 'postgres') {
      const text = `insert into ${table} (key, line) select * from unnest($1::text[], $2::integer[]) on conflict do nothing returning key`;
      const res = await this.db.executeQuery<{ key: string }>(CompiledQuery.raw(text, [batch.map((b) => b.key), batch.map((b) => b.line)]));
      return res.rows.map((r) => r.key);
    }
    let text = this.sqlCache.get(batch.length);
    if (text === undefined) {
      text = `insert into ${table} (key, line) values ${batch.map(() => '(?, ?)').join(', ')} on conflict do nothing returning key`;
      this.sqlCache.set(batch.length, text);
    }
    const res = await this.db.executeQuery<{ key: string }>(CompiledQuery.raw(text, batch.flatMap((b) => [b.key, b.line])));
    return res.rows.map((r) => r.key);
  }

  private async firstLines(keys: string[]): Promise<Map<string, number>> {
    const rows = await sql<{ key: string; line: number | string }>`select key, line from ${sql.table(table)} where key in (${sql.join(keys)})`.execute(this.db);
    return new Map(rows.rows.map((r) => [r.key, Number(r.line)]));
  }
}
