/**
 * Self reviews and manager reviews (migration 006): one text per cycle × person × kind. The
 * review packet reads both with `forPerson(cycleId, personId)`.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ReviewTables } from './schema-reviews.js';

export const writeupKinds = ['self', 'manager'] as const;
export type WriteupKind = (typeof writeupKinds)[number];

export interface ReviewWriteup {
  cycle: string;
  person: string;
  kind: WriteupKind;
  text: string;
  author: string | null;
  updatedAt: number;
}

export class ReviewWriteupRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async save(w: ReviewWriteup): Promise<void> {
    const values = { text: w.text, author_account: w.author, updated_at: w.updatedAt };
    await this.db
      .insertInto('review_writeups')
      .values({ cycle: w.cycle, person: w.person, kind: w.kind, ...values })
      .onConflict((oc) => oc.columns(['cycle', 'person', 'kind']).doUpdateSet(values))
      .execute();
  }

  /** Who has which review written in a cycle — presence only, never the text (the cycle's progress table). */
  async writtenIn(cycle: string): Promise<{ person: string; kind: WriteupKind }[]> {
    const rows = await this.db.selectFrom('review_writeups').select(['person', 'kind']).where('cycle', '=', cycle).orderBy('person').orderBy('kind').execute();
    return rows.map((r) => ({ person: r.person, kind: r.kind as WriteupKind }));
  }

  /** The self review and the manager review of a person in a cycle; null where none is written. */
  async forPerson(cycle: string, person: string): Promise<{ self: ReviewWriteup | null; manager: ReviewWriteup | null }> {
    const rows = await this.db.selectFrom('review_writeups').selectAll().where('cycle', '=', cycle).where('person', '=', person).execute();
    const of = (kind: WriteupKind): ReviewWriteup | null => {
      const r = rows.find((x) => x.kind === kind);
      return r ? { cycle: r.cycle, person: r.person, kind, text: r.text, author: r.author_account, updatedAt: Number(r.updated_at) } : null;
    };
    return { self: of('self'), manager: of('manager') };
  }
}
