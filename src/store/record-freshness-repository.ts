/**
 * How current each kind of system record is: how many there are and the newest one's time. The
 * administrator's home shows it so a source that stopped sending (a webhook secret rotated, a
 * clone no longer pulled) is noticed in days rather than at review time.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type RecordKind = 'changes' | 'deployments' | 'incidents' | 'pages' | 'pull requests';

export interface RecordFreshness {
  kind: RecordKind;
  count: number;
  /** Epoch ms of the newest record's own time (commit, finish, start, page, open); null when there are none. */
  latest: number | null;
}

export class RecordFreshnessRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async all(): Promise<RecordFreshness[]> {
    const one = async (kind: RecordKind, q: Promise<{ n: number | string | bigint; latest: number | string | null } | undefined>): Promise<RecordFreshness> => {
      const row = await q;
      return { kind, count: Number(row?.n ?? 0), latest: row?.latest === null || row?.latest === undefined ? null : Number(row.latest) };
    };
    const { fn } = this.db;
    // One aggregate per table, one after another: a transaction (PostgreSQL) runs its queries on one connection anyway.
    return [
      await one('changes', this.db.selectFrom('changes').select([fn.countAll().as('n'), fn.max('committed_at').as('latest')]).executeTakeFirst()),
      await one('deployments', this.db.selectFrom('deployments').select([fn.countAll().as('n'), fn.max('finished_at').as('latest')]).executeTakeFirst()),
      await one('incidents', this.db.selectFrom('incidents').select([fn.countAll().as('n'), fn.max('started_at').as('latest')]).executeTakeFirst()),
      await one('pages', this.db.selectFrom('pages').select([fn.countAll().as('n'), fn.max('at').as('latest')]).executeTakeFirst()),
      await one('pull requests', this.db.selectFrom('pull_requests').select([fn.countAll().as('n'), fn.max('opened_at').as('latest')]).executeTakeFirst()),
    ];
  }
}
