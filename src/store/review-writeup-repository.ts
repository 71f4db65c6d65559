/**
 * Self reviews and manager reviews (migrations 006, 018): one submitted text per cycle × person ×
 * kind, with the evidence items it cites, and drafts — one per writer, private to them — that
 * autosave while they write. The review packet reads the submitted ones with
 * `forPerson(cycleId, personId)`; a writer reads their own drafts with `draftsOf`.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ReviewDraftsTable, ReviewTables } from './schema-reviews.js';

export const writeupKinds = ['self', 'manager'] as const;
export type WriteupKind = (typeof writeupKinds)[number];

export interface ReviewWriteup {
  cycle: string;
  person: string;
  kind: WriteupKind;
  text: string;
  /** Evidence item ids of the person's living document. */
  citations: string[];
  author: string | null;
  updatedAt: number;
}

/** A review being written: only `author` ever reads it. */
export interface ReviewDraft {
  cycle: string;
  person: string;
  kind: WriteupKind;
  author: string;
  text: string;
  citations: string[];
  updatedAt: number;
}

const toDraft = (r: ReviewDraftsTable): ReviewDraft => ({
  cycle: r.cycle,
  person: r.person,
  kind: r.kind as WriteupKind,
  author: r.author_account,
  text: r.text,
  citations: JSON.parse(r.citations) as string[],
  updatedAt: Number(r.updated_at),
});

export class ReviewWriteupRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async save(w: ReviewWriteup): Promise<void> {
    const values = { text: w.text, citations: JSON.stringify(w.citations), author_account: w.author, updated_at: w.updatedAt };
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

  /** The self review and the manager review of a person in a cycle; null where none is submitted. */
  async forPerson(cycle: string, person: string): Promise<{ self: ReviewWriteup | null; manager: ReviewWriteup | null }> {
    const rows = await this.db.selectFrom('review_writeups').selectAll().where('cycle', '=', cycle).where('person', '=', person).execute();
    const of = (kind: WriteupKind): ReviewWriteup | null => {
      const r = rows.find((x) => x.kind === kind);
      return r ? { cycle: r.cycle, person: r.person, kind, text: r.text, citations: JSON.parse(r.citations) as string[], author: r.author_account, updatedAt: Number(r.updated_at) } : null;
    };
    return { self: of('self'), manager: of('manager') };
  }

  /** Who has submitted which review in a cycle: person → kinds (progress on the cycle and home pages). */
  async submittedIn(cycle: string): Promise<Map<string, Set<WriteupKind>>> {
    const rows = await this.db.selectFrom('review_writeups').select(['person', 'kind']).where('cycle', '=', cycle).execute();
    const out = new Map<string, Set<WriteupKind>>();
    for (const r of rows) out.set(r.person, (out.get(r.person) ?? new Set()).add(r.kind as WriteupKind));
    return out;
  }

  async saveDraft(d: ReviewDraft): Promise<void> {
    const values = { text: d.text, citations: JSON.stringify(d.citations), updated_at: d.updatedAt };
    await this.db
      .insertInto('review_drafts')
      .values({ cycle: d.cycle, person: d.person, kind: d.kind, author_account: d.author, ...values })
      .onConflict((oc) => oc.columns(['cycle', 'person', 'kind', 'author_account']).doUpdateSet(values))
      .execute();
  }

  /** The drafts `author` has for a person in a cycle (at most one per kind). */
  async draftsOf(cycle: string, person: string, author: string): Promise<ReviewDraft[]> {
    const rows = await this.db.selectFrom('review_drafts').selectAll().where('cycle', '=', cycle).where('person', '=', person).where('author_account', '=', author).execute();
    return rows.map(toDraft);
  }

  async deleteDraft(cycle: string, person: string, kind: WriteupKind, author: string): Promise<void> {
    await this.db.deleteFrom('review_drafts').where('cycle', '=', cycle).where('person', '=', person).where('kind', '=', kind).where('author_account', '=', author).execute();
  }
}
