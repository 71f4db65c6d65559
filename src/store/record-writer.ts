/**
 * Batched upserts of records, the import hot path.
 *
 * Records are buffered per kind and written as multi-row `INSERT … ON CONFLICT DO UPDATE`
 * (the same statement works on SQLite and PostgreSQL). The SQL for a batch size is compiled by
 * Kysely once and reused with new parameters: at a million records, building and compiling a
 * query tree per batch would cost more than the writes.
 *
 * The writer never opens or commits a transaction: the caller hands it one, so a whole file is
 * all-or-nothing.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { RecordKind, TrellisRecord } from '../core/records/schemas.js';
import { recordIdentity, recordKinds } from '../core/records/schemas.js';
import { kindTable, type Row } from './record-rows.js';
import type { Database } from './schema.js';

const BATCH_ROWS = 500;

export class RecordWriter {
  private readonly buffers = new Map<RecordKind, Map<string, TrellisRecord>>();
  private readonly sqlCache = new Map<string, string>();
  readonly written: Record<RecordKind, number> = Object.fromEntries(recordKinds.map((k) => [k, 0])) as Record<RecordKind, number>;

  constructor(private readonly db: Kysely<Database>) {}

  /** Buffer one record; writes its kind's batch when full. Later records with the same identity win. */
  async add(record: TrellisRecord): Promise<void> {
    let buf = this.buffers.get(record.kind);
    if (!buf) this.buffers.set(record.kind, (buf = new Map()));
    buf.set(recordIdentity(record), record);
    if (buf.size >= BATCH_ROWS) await this.flushKind(record.kind);
  }

  async flush(): Promise<void> {
    for (const kind of recordKinds) await this.flushKind(kind);
  }

  private async flushKind(kind: RecordKind): Promise<void> {
    const buf = this.buffers.get(kind);
    if (!buf || buf.size === 0) return;
    const records = [...buf.values()];
    buf.clear();
    const spec = kindTable(kind);
    const rows = records.map((r) => (spec.toRow as (r: TrellisRecord) => Row)(r));
    await this.upsert(kind, spec.table, spec.key, spec.columns, rows);
    if (kind === 'deployment') await this.replaceDeploymentChanges(records as Extract<TrellisRecord, { kind: 'deployment' }>[]);
    this.written[kind] += records.length;
  }

  private async upsert(cacheKey: string, table: string, key: readonly string[], columns: readonly string[], rows: Row[]): Promise<void> {
    const id = `${cacheKey}:${rows.length}`;
    const params: unknown[] = [];
    for (const row of rows) for (const c of columns) params.push(row[c] ?? null);
    let text = this.sqlCache.get(id);
    if (text === undefined) {
      const updatable = columns.filter((c) => !key.includes(c));
      const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
      const compiled = this.db
        .insertInto(table as keyof Database)
        .values(ordered as never)
        .onConflict((oc) => {
          const target = oc.columns(key as never);
          return updatable.length === 0
            ? target.doNothing()
            : target.doUpdateSet(Object.fromEntries(updatable.map((c) => [c, sql.ref(`excluded.${c}`)])) as never);
        })
        .compile();
      // The cached text is reused with parameters laid out row by row in `columns` order;
      // check once that this is exactly how Kysely laid them out.
      if (compiled.parameters.length !== params.length || compiled.parameters.some((v, i) => v !== params[i])) {
        throw new Error(`record writer: parameter layout of ${table} differs from Kysely's`);
      }
      text = compiled.sql;
      this.sqlCache.set(id, text);
    }
    await this.db.executeQuery(CompiledQuery.raw(text, params));
  }

  /** A deployment's `changes[]` is replaced whole: re-importing a record says what it ships now. */
  private async replaceDeploymentChanges(deployments: Extract<TrellisRecord, { kind: 'deployment' }>[]): Promise<void> {
    const ids = deployments.map((d) => d.id);
    await this.db.deleteFrom('deployment_changes').where('deployment', 'in', ids).execute();
    let links: Row[] = [];
    for (const d of deployments) {
      for (const change of d.changes ?? []) {
        links.push({ deployment: d.id, change });
        if (links.length >= BATCH_ROWS) {
          await this.upsert('deployment_changes', 'deployment_changes', ['deployment', 'change'], ['deployment', 'change'], links);
          links = [];
        }
      }
    }
    if (links.length > 0) await this.upsert('deployment_changes', 'deployment_changes', ['deployment', 'change'], ['deployment', 'change'], links);
  }
}
