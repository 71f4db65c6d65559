/**
 * Rubric versions and their announcements (migration 006). Published versions are never
 * updated: a revision is a new row with the next version number. Other features read the rubric
 * of a cycle with `get(cycle.rubric.id, cycle.rubric.version)`.
 */
import type { Kysely } from 'kysely';
import type { ReviewSignal, Rubric } from '../core/review/signals.js';
import type { Database } from './schema.js';
import type { ReviewTables, RubricVersionsTable } from './schema-reviews.js';

export interface StoredRubric extends Rubric {
  /** Account that published it; null for the command line or the demo. */
  publishedBy: string | null;
}

export interface RubricAnnouncement {
  id: string;
  rubricId: string;
  version: number;
  at: number;
  by: string | null;
  changes: string[];
}

const toRubric = (r: RubricVersionsTable): StoredRubric => ({
  id: r.rubric_id,
  version: Number(r.version),
  name: r.name,
  signals: JSON.parse(r.signals) as ReviewSignal[],
  scale: JSON.parse(r.scale) as string[],
  publishedAt: r.published_at === null ? null : Number(r.published_at),
  publishedBy: r.published_by,
});

export class RubricRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async insertVersion(r: Rubric, by: string | null, createdAt: number): Promise<void> {
    await this.db
      .insertInto('rubric_versions')
      .values({ rubric_id: r.id, version: r.version, name: r.name, signals: JSON.stringify(r.signals), scale: JSON.stringify(r.scale), published_at: r.publishedAt, published_by: by, created_at: createdAt })
      .execute();
  }

  /** One version, e.g. the one a cycle points at. */
  async get(id: string, version: number): Promise<StoredRubric | undefined> {
    const r = await this.db.selectFrom('rubric_versions').selectAll().where('rubric_id', '=', id).where('version', '=', version).executeTakeFirst();
    return r && toRubric(r);
  }

  /** The newest version, published or not. */
  async latest(id: string): Promise<StoredRubric | undefined> {
    const r = await this.db.selectFrom('rubric_versions').selectAll().where('rubric_id', '=', id).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r && toRubric(r);
  }

  /** The newest published version: of `id`, or of any rubric when no id is given. */
  async latestPublished(id?: string): Promise<StoredRubric | undefined> {
    let q = this.db.selectFrom('rubric_versions').selectAll().where('published_at', 'is not', null);
    if (id !== undefined) q = q.where('rubric_id', '=', id);
    const r = await q.orderBy('published_at', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r && toRubric(r);
  }

  /** Every version of a rubric, oldest first. */
  async versions(id: string): Promise<StoredRubric[]> {
    const rows = await this.db.selectFrom('rubric_versions').selectAll().where('rubric_id', '=', id).orderBy('version').execute();
    return rows.map(toRubric);
  }

  async announce(a: RubricAnnouncement): Promise<void> {
    await this.db.insertInto('rubric_announcements').values({ id: a.id, rubric_id: a.rubricId, version: a.version, at: a.at, by_account: a.by, changes: JSON.stringify(a.changes) }).execute();
  }

  /** Newest first. */
  async announcements(id: string): Promise<RubricAnnouncement[]> {
    const rows = await this.db.selectFrom('rubric_announcements').selectAll().where('rubric_id', '=', id).orderBy('at', 'desc').orderBy('version', 'desc').execute();
    return rows.map((r) => ({ id: r.id, rubricId: r.rubric_id, version: Number(r.version), at: Number(r.at), by: r.by_account, changes: JSON.parse(r.changes) as string[] }));
  }
}
