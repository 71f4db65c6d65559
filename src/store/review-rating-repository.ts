/**
 * Ratings and their calibration changes (migration 006). The review packet reads a person's
 * ratings in a cycle with `forPerson(cycleId, personId)` and the changes with
 * `changesForPerson(cycleId, personId)` — after the use case has asked the access policy.
 */
import type { Kysely } from 'kysely';
import type { ChangeReason, Rating, RatingChange } from '../core/review/ratings.js';
import type { Database } from './schema.js';
import type { ReviewRatingChangesTable, ReviewRatingsTable, ReviewTables } from './schema-reviews.js';

const toRating = (r: ReviewRatingsTable): Rating => ({
  id: r.id,
  cycle: r.cycle,
  person: r.person,
  signal: r.signal,
  value: r.value,
  rationale: r.rationale,
  evidence: JSON.parse(r.evidence) as string[],
  context: r.context,
  author: r.author_account,
  at: Number(r.at),
  decidedAt: Number(r.decided_at ?? r.at),
  firstRatedAt: Number(r.first_rated_at ?? r.at),
});

const toChange = (r: ReviewRatingChangesTable): RatingChange => ({
  id: r.id,
  rating: r.rating,
  cycle: r.cycle,
  person: r.person,
  signal: r.signal,
  by: r.by_account,
  from: r.old_value,
  to: r.new_value,
  reason: r.reason as ChangeReason,
  note: r.note,
  at: Number(r.at),
});

export class RatingRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  /** Insert a rating, or replace the one for the same cycle × person × signal (keeping its id). */
  async save(r: Rating): Promise<void> {
    const values = { value: r.value, rationale: r.rationale, evidence: JSON.stringify(r.evidence), context: r.context, author_account: r.author, at: r.at, decided_at: r.decidedAt, first_rated_at: r.firstRatedAt };
    await this.db
      .insertInto('review_ratings')
      .values({ id: r.id, cycle: r.cycle, person: r.person, signal: r.signal, ...values })
      .onConflict((oc) => oc.columns(['cycle', 'person', 'signal']).doUpdateSet(values))
      .execute();
  }

  async cell(cycle: string, person: string, signal: string): Promise<Rating | undefined> {
    const r = await this.db.selectFrom('review_ratings').selectAll().where('cycle', '=', cycle).where('person', '=', person).where('signal', '=', signal).executeTakeFirst();
    return r && toRating(r);
  }

  /** A person's ratings in a cycle, by signal id. */
  async forPerson(cycle: string, person: string): Promise<Rating[]> {
    const rows = await this.db.selectFrom('review_ratings').selectAll().where('cycle', '=', cycle).where('person', '=', person).orderBy('signal').execute();
    return rows.map(toRating);
  }

  /** Every rating of a cycle (calibration views, fairness flags). */
  async forCycle(cycle: string): Promise<Rating[]> {
    const rows = await this.db.selectFrom('review_ratings').selectAll().where('cycle', '=', cycle).orderBy('person').orderBy('signal').execute();
    return rows.map(toRating);
  }

  /** How many ratings each person has in a cycle. */
  async counts(cycle: string): Promise<Map<string, number>> {
    const rows = await this.db.selectFrom('review_ratings').select(['person', (eb) => eb.fn.countAll<number>().as('n')]).where('cycle', '=', cycle).groupBy('person').execute();
    return new Map(rows.map((r) => [r.person, Number(r.n)]));
  }

  /** How many calibration changes each person's ratings had in a cycle. */
  async changeCounts(cycle: string): Promise<Map<string, number>> {
    const rows = await this.db.selectFrom('review_rating_changes').select(['person', (eb) => eb.fn.countAll<number>().as('n')]).where('cycle', '=', cycle).groupBy('person').execute();
    return new Map(rows.map((r) => [r.person, Number(r.n)]));
  }

  async insertChange(c: RatingChange): Promise<void> {
    await this.db
      .insertInto('review_rating_changes')
      .values({ id: c.id, rating: c.rating, cycle: c.cycle, person: c.person, signal: c.signal, by_account: c.by, old_value: c.from, new_value: c.to, reason: c.reason, note: c.note, at: c.at })
      .execute();
  }

  /** Every calibration change in a cycle, oldest first (the calibration audit trail). */
  async changesForCycle(cycle: string): Promise<RatingChange[]> {
    const rows = await this.db.selectFrom('review_rating_changes').selectAll().where('cycle', '=', cycle).orderBy('at').orderBy('id').execute();
    return rows.map(toChange);
  }

  /** Calibration changes to a person's ratings in a cycle, oldest first. */
  async changesForPerson(cycle: string, person: string): Promise<RatingChange[]> {
    const rows = await this.db.selectFrom('review_rating_changes').selectAll().where('cycle', '=', cycle).where('person', '=', person).orderBy('at').orderBy('id').execute();
    return rows.map(toChange);
  }
}
