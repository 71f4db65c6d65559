/**
 * Review cycles with their state history (migration 006). A cycle row holds its current state;
 * every step it took is a row of its own, so the history is never rewritten.
 */
import type { Kysely } from 'kysely';
import type { CycleKind, CycleState, ReviewCycle } from '../core/review/cycle.js';
import type { CycleDeadlines } from '../core/review/deadlines.js';
import type { Database } from './schema.js';
import type { ReviewCyclesTable, ReviewTables } from './schema-reviews.js';

export class CycleRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async insert(c: ReviewCycle, createdAt: number): Promise<void> {
    await this.db
      .insertInto('review_cycles')
      .values({
        id: c.id,
        kind: c.kind,
        name: c.name,
        period_from: c.periodFrom,
        period_to: c.periodTo,
        state: c.state,
        rubric_id: c.rubric?.id ?? null,
        rubric_version: c.rubric?.version ?? null,
        ladder_id: c.ladder?.id ?? null,
        ladder_version: c.ladder?.version ?? null,
        created_at: createdAt,
        deadlines: c.deadlines ? JSON.stringify(c.deadlines) : null,
      })
      .execute();
    if (c.history.length > 0) await this.db.insertInto('review_cycle_steps').values(c.history.map((h) => ({ cycle: c.id, state: h.state, at: h.at, by_account: h.by }))).execute();
  }

  /** Save a transition: the new state, and the step it added (the last entry of the history). */
  async saveTransition(c: ReviewCycle): Promise<void> {
    const step = c.history.at(-1);
    if (!step || step.state !== c.state) throw new Error(`cycle ${c.id}: the last history entry must be its new state`);
    await this.db.updateTable('review_cycles').set({ state: c.state }).where('id', '=', c.id).execute();
    await this.db.insertInto('review_cycle_steps').values({ cycle: c.id, state: step.state, at: step.at, by_account: step.by }).execute();
  }

  async get(id: string): Promise<ReviewCycle | undefined> {
    const row = await this.db.selectFrom('review_cycles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const steps = await this.db.selectFrom('review_cycle_steps').selectAll().where('cycle', '=', id).orderBy('at').execute();
    return toCycle(row, steps);
  }

  /** Every cycle, newest period first. */
  async list(): Promise<ReviewCycle[]> {
    const rows = await this.db.selectFrom('review_cycles').selectAll().orderBy('period_from', 'desc').orderBy('id').execute();
    if (rows.length === 0) return [];
    const steps = await this.db.selectFrom('review_cycle_steps').selectAll().where('cycle', 'in', rows.map((r) => r.id)).orderBy('at').execute();
    return rows.map((r) => toCycle(r, steps.filter((s) => s.cycle === r.id)));
  }
}

const order = ['draft', 'published', 'writing', 'calibrating', 'finalized', 'shared'];

function toCycle(r: ReviewCyclesTable, steps: { state: string; at: number; by_account: string | null }[]): ReviewCycle {
  return {
    id: r.id,
    kind: r.kind as CycleKind,
    name: r.name,
    periodFrom: Number(r.period_from),
    periodTo: Number(r.period_to),
    state: r.state as CycleState,
    rubric: r.rubric_id !== null && r.rubric_version !== null ? { id: r.rubric_id, version: Number(r.rubric_version) } : null,
    ladder: r.ladder_id !== null && r.ladder_version !== null ? { id: r.ladder_id, version: Number(r.ladder_version) } : null,
    ...(r.deadlines ? { deadlines: JSON.parse(r.deadlines) as CycleDeadlines } : {}),
    // Steps at the same millisecond keep the state order.
    history: steps
      .map((s) => ({ state: s.state as CycleState, at: Number(s.at), by: s.by_account }))
      .sort((a, b) => a.at - b.at || order.indexOf(a.state) - order.indexOf(b.state)),
  };
}
