/**
 * The stored versions of the records a webhook is about to write, so the event can be merged
 * over them (merge-existing.ts). Only the kinds webhooks produce; a deployment comes back with
 * its `changes[]`, which the writer would otherwise replace with nothing.
 */
import type { Kysely } from 'kysely';
import type { TrellisRecord } from '../../core/records/schemas.js';
import { kindTable, type Row } from '../../store/record-rows.js';
import type { Database } from '../../store/schema.js';

type EventKind = 'change' | 'deployment' | 'incident' | 'pull_request';
const eventKinds: readonly EventKind[] = ['change', 'deployment', 'incident', 'pull_request'];

/** `kind:id` → the stored record. */
export async function storedRecords(db: Kysely<Database>, records: readonly TrellisRecord[]): Promise<Map<string, TrellisRecord>> {
  const out = new Map<string, TrellisRecord>();
  for (const kind of eventKinds) {
    const ids = records.filter((r) => r.kind === kind).map((r) => (r as { id: string }).id);
    if (ids.length === 0) continue;
    const spec = kindTable(kind);
    // The table is chosen at run time; Kysely's builder types cannot follow it (as in record-reader.ts).
    const rows = (await db.selectFrom(spec.table as 'incidents').selectAll().where('id', 'in', ids).execute()) as unknown as Row[];
    for (const row of rows) out.set(`${kind}:${String(row.id)}`, (spec.fromRow as (r: Row) => TrellisRecord)(row));
  }
  const deploymentIds = records.filter((r) => r.kind === 'deployment' && out.has(`deployment:${r.id}`)).map((r) => (r as { id: string }).id);
  if (deploymentIds.length > 0) {
    const links = await db.selectFrom('deployment_changes').select(['deployment', 'change']).where('deployment', 'in', deploymentIds).execute();
    for (const l of links) {
      const d = out.get(`deployment:${l.deployment}`);
      if (d?.kind === 'deployment') (d.changes ??= []).push(l.change);
    }
  }
  return out;
}
