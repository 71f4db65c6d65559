/**
 * What managers wrote about people, for the manager consistency figures (issue 16): growth notes
 * and shared feedback by author account, and every note on a signal about some people (to time a
 * concern from first noted to shared). Reads only; texts are linted in the core, never shown.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ReviewTables } from './schema-reviews.js';

export interface WrittenText {
  author: string;
  person: string;
  signal: string | null;
  text: string;
  /** Epoch ms it was written. */
  at: number;
  /** Epoch ms it reached the person; null while private. */
  sharedAt: number | null;
  source: 'growth-note' | 'feedback';
}

export class ManagerTextsRepository {
  private readonly reviews: Kysely<ReviewTables>;
  constructor(private readonly db: Kysely<Database>) {
    this.reviews = db.withTables<ReviewTables>();
  }

  /** Growth notes and feedback about `people` — all of it, whoever wrote it — oldest first. */
  async aboutPeople(people: readonly string[]): Promise<WrittenText[]> {
    if (people.length === 0) return [];
    const ids = [...new Set(people)];
    const notes = await this.db.selectFrom('growth_notes').select(['author_account', 'person', 'signal', 'text', 'created_at', 'shared']).where('person', 'in', ids).orderBy('created_at').execute();
    const feedback = await this.reviews.selectFrom('shared_feedback').select(['author_account', 'person', 'signal', 'text', 'created_at', 'shared_at']).where('person', 'in', ids).orderBy('created_at').execute();
    const out: WrittenText[] = [
      ...notes.flatMap((n) => (n.author_account === null ? [] : [{ author: n.author_account, person: n.person, signal: n.signal, text: n.text, at: Number(n.created_at), sharedAt: Number(n.shared) === 1 ? Number(n.created_at) : null, source: 'growth-note' as const }])),
      ...feedback.flatMap((f) => (f.author_account === null ? [] : [{ author: f.author_account, person: f.person, signal: f.signal, text: f.text, at: Number(f.created_at), sharedAt: f.shared_at === null ? null : Number(f.shared_at), source: 'feedback' as const }])),
    ];
    return out.sort((a, b) => a.at - b.at);
  }
}
