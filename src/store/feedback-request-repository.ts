/**
 * Requests for peer and upward feedback (migration 021): one row per colleague asked, grouped by
 * the request that asked them together. Answered once: `markAnswered` changes an open request
 * only, so two answers to one request cannot both be stored.
 */
import type { Kysely } from 'kysely';
import type { RequestedKind } from '../core/feedback/kinds.js';
import type { Database } from './schema.js';
import type { FeedbackRequestsTable, ReviewTables } from './schema-reviews.js';
import { lockForTransaction } from './sql-dialect.js';

export interface FeedbackRequest {
  id: string;
  group: string;
  cycle: string;
  /** The person the feedback is about. */
  subject: string;
  /** The person asked to write it. */
  writer: string;
  kind: RequestedKind;
  note: string | null;
  /** Account that asked; null for the demo seeder. */
  requestedBy: string | null;
  createdAt: number;
  answeredAt: number | null;
}

const toRequest = (r: FeedbackRequestsTable): FeedbackRequest => ({
  id: r.id,
  group: r.group_id,
  cycle: r.cycle,
  subject: r.subject,
  writer: r.writer,
  kind: r.kind as RequestedKind,
  note: r.note,
  requestedBy: r.requested_by,
  createdAt: Number(r.created_at),
  answeredAt: r.answered_at === null ? null : Number(r.answered_at),
});

export class FeedbackRequestRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  /**
   * Called first in a request's transaction: requests about one person in one cycle take turns,
   * so two sent at once cannot both fit under the peer bound (see lockForTransaction).
   */
  async lockSubject(subject: string, cycle: string): Promise<void> {
    await lockForTransaction(this.db, `feedback-requests:${cycle}:${subject}`);
  }

  async insertMany(requests: readonly FeedbackRequest[]): Promise<void> {
    if (requests.length === 0) return;
    await this.db
      .insertInto('feedback_requests')
      .values(
        requests.map((r) => ({
          id: r.id,
          group_id: r.group,
          cycle: r.cycle,
          subject: r.subject,
          writer: r.writer,
          kind: r.kind,
          note: r.note,
          requested_by: r.requestedBy,
          created_at: r.createdAt,
          answered_at: r.answeredAt,
        })),
      )
      .execute();
  }

  async get(id: string): Promise<FeedbackRequest | undefined> {
    const row = await this.db.selectFrom('feedback_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRequest(row) : undefined;
  }

  /** Requests about `subject`, optionally in one cycle, oldest first. */
  async aboutPerson(subject: string, cycle?: string): Promise<FeedbackRequest[]> {
    let q = this.db.selectFrom('feedback_requests').selectAll().where('subject', '=', subject);
    if (cycle !== undefined) q = q.where('cycle', '=', cycle);
    return (await q.orderBy('created_at').orderBy('id').execute()).map(toRequest);
  }

  /** Requests `writer` has not answered yet, oldest first (their home page's to-do). */
  async openFor(writer: string): Promise<FeedbackRequest[]> {
    const rows = await this.db.selectFrom('feedback_requests').selectAll().where('writer', '=', writer).where('answered_at', 'is', null).orderBy('created_at').orderBy('id').execute();
    return rows.map(toRequest);
  }

  /** How many people a request group went to. */
  async groupSize(group: string): Promise<number> {
    const r = await this.db.selectFrom('feedback_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', group).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** How many requests of a group have been answered. */
  async answeredIn(group: string): Promise<number> {
    const r = await this.db.selectFrom('feedback_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', group).where('answered_at', 'is not', null).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Marks an open request answered; false when it was already answered. */
  async markAnswered(id: string, at: number): Promise<boolean> {
    const r = await this.db.updateTable('feedback_requests').set({ answered_at: at }).where('id', '=', id).where('answered_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
