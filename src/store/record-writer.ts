/**
 * Batched upserts of records, the import hot path.
 *
 * Records are buffered per kind and written as one `INSERT … ON CONFLICT DO UPDATE` per batch.
 * - SQLite: a multi-row VALUES list. Its SQL is compiled by Kysely once per batch size and reused
 *   with new parameters (and the driver reuses the prepared statement): at a million records,
 *   building a query tree per batch would cost more than the writes.
 * - PostgreSQL: one array parameter per column, `SELECT * FROM unnest($1::text[], …)`. The
 *   statement text never changes with the batch size and has a handful of parameters instead of
 *   thousands, which PostgreSQL parses and binds several times faster.
 *
 * The writer never opens or commits a transaction: the caller hands it one, so a whole file is
 * all-or-nothing.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { RecordKind, TrellisRecord } from '../core/records/schemas.js';
import { recordIdentity, recordKinds } from '../core/records/schemas.js';
import type { Dialect } from './db.js';
import { kindTable, type Row } from './record-rows.js';
import type { Database } from './schema.js';

const BATCH_ROWS = 500;

interface TableSpec {
  table: string;
  key: readonly string[];
  columns: readonly string[];
  types?: Readonly<Record<string, 'bigint' | 'integer'>>;
}

const linkSpec: TableSpec = { table: 'deployment_changes', key: ['deployment', 'change'], columns: ['deployment', 'change'] };

export class RecordWriter {
  private readonly buffers = new Map<RecordKind, Map<string, TrellisRecord>>();
  private readonly sqlCache = new Map<string, string>();
  readonly written: Record<RecordKind, number> = Object.fromEntries(recordKinds.map((k) => [k, 0])) as Record<RecordKind, number>;
  /** Services whose delivery events this writer changed (before or after the write), for their stored facts. */
  private readonly touched = new Set<string>();
  /** Deployments named as the cause of written incidents, before or after (their services are touched too). */
  private readonly causes = new Set<string>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

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
    await this.noteTouched(kind, rows);
    await this.upsert(spec, rows);
    if (kind === 'deployment') await this.replaceDeploymentChanges(records as Extract<TrellisRecord, { kind: 'deployment' }>[]);
    this.written[kind] += records.length;
  }

  /**
   * Rows Trellis built itself from trusted input (git ingestion): already canonical, so no
   * validation and no record → row step; written in batches in the order given. Callers that
   * sort rows by primary key get near-sequential index inserts, several times cheaper than
   * random ones on a large table.
   */
  async writeRows(kind: RecordKind, rows: readonly Row[]): Promise<void> {
    const spec = kindTable(kind);
    for (let i = 0; i < rows.length; i += BATCH_ROWS) {
      const batch = rows.slice(i, i + BATCH_ROWS);
      await this.noteTouched(kind, batch);
      await this.upsert(spec, batch);
    }
    this.written[kind] += rows.length;
  }

  /** Forgets what the given deployments ship, before it is stated anew with writeLinks. */
  async deleteLinks(deploymentIds: readonly string[]): Promise<void> {
    for (let i = 0; i < deploymentIds.length; i += BATCH_ROWS) {
      await this.db.deleteFrom('deployment_changes').where('deployment', 'in', deploymentIds.slice(i, i + BATCH_ROWS)).execute();
    }
  }

  /** Clears the `deployment` field of changes that name one of these deployments. */
  async forgetNamedDeployments(deploymentIds: readonly string[]): Promise<void> {
    for (let i = 0; i < deploymentIds.length; i += BATCH_ROWS) {
      await this.db.updateTable('changes').set({ deployment: null }).where('deployment', 'in', deploymentIds.slice(i, i + BATCH_ROWS)).execute();
    }
  }

  /** Adds {deployment, change} rows (trusted input, as writeRows). */
  async writeLinks(links: readonly Row[]): Promise<void> {
    for (let i = 0; i < links.length; i += BATCH_ROWS) await this.upsert(linkSpec, links.slice(i, i + BATCH_ROWS));
  }

  /**
   * The services whose delivery facts this writer's rows change: the services of the written
   * changes, deployments and incidents, the services they had before (a record may move), and
   * the services of the deployments written incidents name (or named) as their cause.
   */
  async touchedServices(): Promise<Set<string>> {
    const out = new Set(this.touched);
    const causes = [...this.causes];
    for (let i = 0; i < causes.length; i += BATCH_ROWS) {
      const rows = await this.db.selectFrom('deployments').select('service').distinct().where('id', 'in', causes.slice(i, i + BATCH_ROWS)).execute();
      for (const r of rows) out.add(r.service);
    }
    return out;
  }

  private async noteTouched(kind: RecordKind, rows: readonly Row[]): Promise<void> {
    if (kind !== 'change' && kind !== 'deployment' && kind !== 'incident') return;
    const table = kind === 'change' ? 'changes' : kind === 'deployment' ? 'deployments' : 'incidents';
    for (const r of rows) this.touched.add(String(r['service']));
    const ids = rows.map((r) => String(r['id']));
    const before = await this.db.selectFrom(table).select(['service']).distinct().where('id', 'in', ids).execute();
    for (const b of before) this.touched.add(b.service);
    if (kind === 'incident') {
      for (const r of rows) if (r['caused_by'] != null) this.causes.add(String(r['caused_by']));
      const old = await this.db.selectFrom('incidents').select('caused_by').distinct().where('id', 'in', ids).where('caused_by', 'is not', null).execute();
      for (const o of old) this.causes.add(o.caused_by!);
    }
  }

  private upsert(spec: TableSpec, rows: Row[]): Promise<unknown> {
    return this.dialect === 'postgres' ? this.upsertArrays(spec, rows) : this.upsertValues(spec, rows);
  }

  private async upsertValues(spec: TableSpec, rows: Row[]): Promise<void> {
    const { table, key, columns } = spec;
    const params: unknown[] = [];
    for (const row of rows) for (const c of columns) params.push(row[c] ?? null);
    const id = `${table}:${rows.length}`;
    let text = this.sqlCache.get(id);
    if (text === undefined) {
      const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
      const compiled = this.db
        .insertInto(table as keyof Database)
        .values(ordered as never)
        .onConflict((oc) => onConflict(oc, key, columns))
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

  private async upsertArrays(spec: TableSpec, rows: Row[]): Promise<void> {
    const { table, key, columns } = spec;
    let text = this.sqlCache.get(table);
    if (text === undefined) {
      const q = (name: string) => `"${name}"`;
      const arrays = columns.map((c, i) => `$${i + 1}::${spec.types?.[c] ?? 'text'}[]`).join(', ');
      const updatable = columns.filter((c) => !key.includes(c));
      const action = updatable.length === 0 ? 'do nothing' : `do update set ${updatable.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
      text = `insert into ${q(table)} (${columns.map(q).join(', ')}) select * from unnest(${arrays}) on conflict (${key.map(q).join(', ')}) ${action}`;
      this.sqlCache.set(table, text);
    }
    const params = columns.map((c) => rows.map((r) => r[c] ?? null));
    await this.db.executeQuery(CompiledQuery.raw(text, params));
  }

  /** A deployment's `changes[]` is replaced whole: re-importing a record says what it ships now. */
  private async replaceDeploymentChanges(deployments: Extract<TrellisRecord, { kind: 'deployment' }>[]): Promise<void> {
    await this.deleteLinks(deployments.map((d) => d.id));
    await this.writeLinks(deployments.flatMap((d) => (d.changes ?? []).map((change) => ({ deployment: d.id, change }))));
  }

}

type ConflictBuilder = Parameters<Parameters<ReturnType<Kysely<Database>['insertInto']>['onConflict']>[0]>[0];

function onConflict(oc: ConflictBuilder, key: readonly string[], columns: readonly string[]) {
  const updatable = columns.filter((c) => !key.includes(c));
  const target = oc.columns(key as never);
  return updatable.length === 0
    ? target.doNothing()
    : target.doUpdateSet(Object.fromEntries(updatable.map((c) => [c, sql.ref(`excluded.${c}`)])) as never);
}
