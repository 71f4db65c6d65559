/**
 * Promotion cases and their case files (migration 023). A case is read whole — its examples in
 * order — because every reader (the editor, the committee, the exports) needs all of it.
 */
import type { Kysely } from 'kysely';
import type { CaseExample, PromotionCase } from '../core/promotion/model.js';
import type { Database } from './schema.js';
import type { PromotionCasesTable, PromotionExamplesTable, PromotionTables } from './schema-promotion.js';

export interface NewPromotionCase {
  id: string;
  cycle: string;
  person: string;
  targetLevel: string;
  ladder: { id: string; version: number };
  templateVersion: number;
  createdBy: string | null;
  createdAt: number;
}

const toExample = (r: PromotionExamplesTable): CaseExample => ({
  id: r.id,
  position: Number(r.position),
  problem: r.problem,
  scope: r.scope,
  action: r.action,
  result: r.result,
  from: Number(r.from_day),
  to: r.to_day === null ? null : Number(r.to_day),
  dimensions: JSON.parse(r.dimensions) as string[],
  evidence: JSON.parse(r.evidence) as string[],
});

const toCase = (r: PromotionCasesTable, examples: CaseExample[]): PromotionCase => ({
  id: r.id,
  cycle: r.cycle,
  person: r.person,
  targetLevel: r.target_level,
  ladder: { id: r.ladder, version: Number(r.ladder_version) },
  templateVersion: Number(r.template_version),
  examples,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export class PromotionCaseRepository {
  private readonly db: Kysely<PromotionTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<PromotionTables>();
  }

  async insertCase(c: NewPromotionCase): Promise<void> {
    await this.db
      .insertInto('promotion_cases')
      .values({ id: c.id, cycle: c.cycle, person: c.person, target_level: c.targetLevel, ladder: c.ladder.id, ladder_version: c.ladder.version, template_version: c.templateVersion, created_by: c.createdBy, created_at: c.createdAt, updated_at: c.createdAt })
      .execute();
  }

  async setTarget(id: string, targetLevel: string, ladder: { id: string; version: number }, at: number): Promise<void> {
    await this.db.updateTable('promotion_cases').set({ target_level: targetLevel, ladder: ladder.id, ladder_version: ladder.version, updated_at: at }).where('id', '=', id).execute();
  }

  /** Marks the case changed; a write of its text also records the template version it was written with. */
  async touch(id: string, at: number, templateVersion?: number): Promise<void> {
    await this.db.updateTable('promotion_cases').set(templateVersion === undefined ? { updated_at: at } : { updated_at: at, template_version: templateVersion }).where('id', '=', id).execute();
  }

  /** The case of a person in a cycle, with its examples in order; undefined when there is none. */
  async forPerson(cycle: string, person: string): Promise<PromotionCase | undefined> {
    const row = await this.db.selectFrom('promotion_cases').selectAll().where('cycle', '=', cycle).where('person', '=', person).executeTakeFirst();
    if (!row) return undefined;
    return toCase(row, await this.examplesOf([row.id]).then((m) => m.get(row.id) ?? []));
  }

  /** Every case of a cycle, each with its examples. */
  async forCycle(cycle: string): Promise<PromotionCase[]> {
    const rows = await this.db.selectFrom('promotion_cases').selectAll().where('cycle', '=', cycle).orderBy('person').execute();
    const examples = await this.examplesOf(rows.map((r) => r.id));
    return rows.map((r) => toCase(r, examples.get(r.id) ?? []));
  }

  private async examplesOf(caseIds: readonly string[]): Promise<Map<string, CaseExample[]>> {
    const byCase = new Map<string, CaseExample[]>();
    if (caseIds.length === 0) return byCase;
    const rows = await this.db.selectFrom('promotion_examples').selectAll().where('case_id', 'in', caseIds).orderBy('case_id').orderBy('position').orderBy('id').execute();
    for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), toExample(r)]);
    return byCase;
  }

  async insertExample(caseId: string, e: CaseExample, at: number): Promise<void> {
    await this.db
      .insertInto('promotion_examples')
      .values({ id: e.id, case_id: caseId, position: e.position, problem: e.problem, scope: e.scope, action: e.action, result: e.result, from_day: e.from, to_day: e.to, dimensions: JSON.stringify(e.dimensions), evidence: JSON.stringify(e.evidence), updated_at: at })
      .execute();
  }

  async updateExample(caseId: string, e: CaseExample, at: number): Promise<boolean> {
    const res = await this.db
      .updateTable('promotion_examples')
      .set({ problem: e.problem, scope: e.scope, action: e.action, result: e.result, from_day: e.from, to_day: e.to, dimensions: JSON.stringify(e.dimensions), evidence: JSON.stringify(e.evidence), updated_at: at })
      .where('id', '=', e.id)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  async deleteExample(caseId: string, id: string): Promise<boolean> {
    const res = await this.db.deleteFrom('promotion_examples').where('id', '=', id).where('case_id', '=', caseId).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }
}
