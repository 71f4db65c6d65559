/** Comments and challenges on shared ratings (migration 006). A challenge row is updated once: when it is answered. */
import type { Kysely } from 'kysely';
import type { RatingNote, RatingNoteKind } from '../core/review/challenges.js';
import type { Database } from './schema.js';
import type { ReviewRatingNotesTable, ReviewTables } from './schema-reviews.js';

const toNote = (r: ReviewRatingNotesTable): RatingNote => ({
  id: r.id,
  cycle: r.cycle,
  person: r.person,
  signal: r.signal,
  kind: r.kind as RatingNoteKind,
  author: r.author_account,
  text: r.text,
  at: Number(r.at),
  state: r.state as RatingNote['state'],
  answer: r.answer === null || r.answered_at === null ? null : { by: r.answered_by, text: r.answer, at: Number(r.answered_at) },
});

export class RatingNoteRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async insert(n: RatingNote): Promise<void> {
    await this.db
      .insertInto('review_rating_notes')
      .values({ id: n.id, cycle: n.cycle, person: n.person, signal: n.signal, kind: n.kind, author_account: n.author, text: n.text, at: n.at, state: n.state, answer: null, answered_by: null, answered_at: null })
      .execute();
  }

  async get(id: string): Promise<RatingNote | undefined> {
    const r = await this.db.selectFrom('review_rating_notes').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toNote(r);
  }

  /** Record the answer; only an open challenge changes (the WHERE makes a second answer a no-op the caller sees). */
  async saveAnswer(n: RatingNote): Promise<boolean> {
    if (n.answer === null) throw new Error(`note ${n.id}: no answer to save`);
    const res = await this.db
      .updateTable('review_rating_notes')
      .set({ state: 'answered', answer: n.answer.text, answered_by: n.answer.by, answered_at: n.answer.at })
      .where('id', '=', n.id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** A person's comments and challenges in a cycle, oldest first. */
  async forPerson(cycle: string, person: string): Promise<RatingNote[]> {
    const rows = await this.db.selectFrom('review_rating_notes').selectAll().where('cycle', '=', cycle).where('person', '=', person).orderBy('at').orderBy('id').execute();
    return rows.map(toNote);
  }

  /** Challenges of a cycle still waiting for their answer, oldest first (the manager's home lists them). */
  async openChallenges(cycle: string): Promise<RatingNote[]> {
    const rows = await this.db.selectFrom('review_rating_notes').selectAll().where('cycle', '=', cycle).where('kind', '=', 'challenge').where('state', '=', 'open').orderBy('at').orderBy('id').execute();
    return rows.map(toNote);
  }
}
