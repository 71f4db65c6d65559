/** How many records of each kind the store holds: the `status` overview and empty-store checks. */
import type { Kysely } from 'kysely';
import { recordKinds, type RecordKind } from '../core/records/schemas.js';
import { kindTable } from './record-rows.js';
import type { Database } from './schema.js';

export async function countRecords(db: Kysely<Database>): Promise<Record<RecordKind, number>> {
  const out = {} as Record<RecordKind, number>;
  for (const kind of recordKinds) {
    const row = await db
      .selectFrom(kindTable(kind).table as 'teams')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[kind] = Number(row.n);
  }
  return out;
}
