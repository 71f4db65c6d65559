/**
 * Reading every record back out, for export. Pages through each table by primary key (keyset,
 * never OFFSET), so memory stays flat however large the store is.
 *
 * Lines come out by kind (dependency order), then by key in the database's own collation.
 */
import type { Kysely } from 'kysely';
import { recordKinds, type RecordKind, type TrellisRecord } from '../core/records/schemas.js';
import { kindTable, type Row } from './record-rows.js';
import type { Database } from './schema.js';

const PAGE = 2000;

export async function* readRecords(db: Kysely<Database>, kinds: readonly RecordKind[] = recordKinds): AsyncGenerator<TrellisRecord> {
  for (const kind of kinds) yield* readKind(db, kind);
}

async function* readKind(db: Kysely<Database>, kind: RecordKind): AsyncGenerator<TrellisRecord> {
  const spec = kindTable(kind);
  const fromRow = spec.fromRow as (r: Row) => TrellisRecord;
  let after: Row | undefined;
  for (;;) {
    let q = db.selectFrom(spec.table as 'teams').selectAll() as unknown as ReturnType<typeof anyQuery>;
    if (after) q = keysetAfter(q, spec.key, after);
    for (const k of spec.key) q = q.orderBy(k as never);
    const rows = (await q.limit(PAGE).execute()) as Row[];
    if (rows.length === 0) return;
    const changes = kind === 'deployment' ? await changesOf(db, rows.map((r) => String(r.id))) : undefined;
    for (const row of rows) {
      const record = fromRow(row);
      if (changes && record.kind === 'deployment') {
        const list = changes.get(record.id);
        if (list) record.changes = list;
      }
      yield record;
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1];
  }
}

// Kysely's builder types cannot follow a table chosen at run time; the table specs are checked
// by the round-trip tests instead.
function anyQuery(db: Kysely<Database>) {
  return db.selectFrom('sli_slices').selectAll();
}

function keysetAfter(q: ReturnType<typeof anyQuery>, key: readonly string[], after: Row): ReturnType<typeof anyQuery> {
  if (key.length === 1) return q.where(key[0] as 'slo', '>', after[key[0]!] as string);
  const [a, b] = key as [string, string];
  return q.where((eb) =>
    eb.or([eb(a as 'slo', '>', after[a] as string), eb.and([eb(a as 'slo', '=', after[a] as string), eb(b as 'at', '>', after[b] as number)])]),
  );
}

async function changesOf(db: Kysely<Database>, deploymentIds: string[]): Promise<Map<string, string[]>> {
  const links = await db
    .selectFrom('deployment_changes')
    .select(['deployment', 'change'])
    .where('deployment', 'in', deploymentIds)
    .execute();
  const out = new Map<string, string[]>();
  for (const l of links) {
    const list = out.get(l.deployment) ?? [];
    list.push(l.change);
    out.set(l.deployment, list);
  }
  // Sorted here rather than in SQL so the order is the same on every dialect and collation.
  for (const list of out.values()) list.sort();
  return out;
}
