/**
 * Shared feedback, minimal for now (migration 006): who wrote what about whom, on which signal,
 * and when it was shared with them. The no-surprises check reads it; a later feedback feature
 * extends the table.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ReviewTables, SharedFeedbackTable } from './schema-reviews.js';

export interface SharedFeedback {
  id: string;
  person: string;
  author: string | null;
  signal: string | null;
  text: string;
  /** Null while not shared with the person. */
  sharedAt: number | null;
  createdAt: number;
}

const toFeedback = (r: SharedFeedbackTable): SharedFeedback => ({
  id: r.id,
  person: r.person,
  author: r.author_account,
  signal: r.signal,
  text: r.text,
  sharedAt: r.shared_at === null ? null : Number(r.shared_at),
  createdAt: Number(r.created_at),
});

export class SharedFeedbackRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async insert(f: SharedFeedback): Promise<void> {
    await this.db
      .insertInto('shared_feedback')
      .values({ id: f.id, person: f.person, author_account: f.author, signal: f.signal, text: f.text, shared_at: f.sharedAt, created_at: f.createdAt })
      .execute();
  }

  /** A person's feedback, newest first. */
  async forPerson(person: string): Promise<SharedFeedback[]> {
    const rows = await this.db.selectFrom('shared_feedback').selectAll().where('person', '=', person).orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(toFeedback);
  }

  /** Feedback about any of `people` (the no-surprises check of a cycle). */
  async forPeople(people: readonly string[]): Promise<SharedFeedback[]> {
    if (people.length === 0) return [];
    const rows = await this.db.selectFrom('shared_feedback').selectAll().where('person', 'in', [...new Set(people)]).orderBy('created_at').execute();
    return rows.map(toFeedback);
  }
}
