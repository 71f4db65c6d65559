/**
 * Career ladder versions (migration 005). Other features read ladders through this file:
 *
 *   const stored = await data.ladders.latestPublished();            // the default ladder, or undefined
 *   const stored = await data.ladders.latestPublished('engineering'); // one ladder's newest published version
 *   stored.ladder.levels / .dimensions / .cells                      // the Ladder (src/core/ladder/model.ts)
 *
 * then `levelFor(stored.ladder, person.level)` and `nextLevel(stored.ladder, level, person.track)`
 * from src/core/ladder/level-lookup.ts to place a person on it.
 *
 * Published versions are immutable: `publish` only turns a draft into a published version, and
 * `saveDraft` edits the newest version only while it is a draft — after publication it inserts
 * version n + 1 as a new draft. The table is declared here with `withTables` so the ladder
 * feature stays in its own files.
 */
import type { Kysely } from 'kysely';
import type { Ladder, LadderVersion } from '../core/ladder/model.js';
import type { Database } from './schema.js';

interface LadderVersionsTable {
  ladder_id: string;
  version: number;
  name: string;
  body: string;
  published_at: number | null;
  created_at: number;
  created_by: string | null;
}

/** A version as stored: the ladder, its number, and who made it when. */
export interface StoredLadderVersion extends LadderVersion {
  /** Epoch ms. */
  createdAt: number;
  /** Account id; null when the command line (or the demo) wrote it. */
  createdBy: string | null;
}

/** One line per ladder, for lists. */
export interface LadderSummary {
  id: string;
  /** The name of the newest version. */
  name: string;
  latestVersion: number;
  /** Null while the ladder has never been published. */
  latestPublishedVersion: number | null;
  versions: number;
}

export interface VersionInfo {
  version: number;
  name: string;
  publishedAt: number | null;
  createdAt: number;
  createdBy: string | null;
}

export interface NewVersion {
  ladder: Ladder;
  /** Epoch ms of publication, or null to insert a draft. */
  publishedAt: number | null;
  createdAt: number;
  createdBy: string | null;
}

type Row = LadderVersionsTable;

function toStored(r: Row): StoredLadderVersion {
  return {
    ladder: JSON.parse(r.body) as Ladder,
    version: Number(r.version),
    publishedAt: r.published_at === null ? null : Number(r.published_at),
    createdAt: Number(r.created_at),
    createdBy: r.created_by,
  };
}

export class LadderRepository {
  private readonly db: Kysely<Database & { ladder_versions: LadderVersionsTable }>;

  constructor(db: Kysely<Database>) {
    this.db = db.withTables<{ ladder_versions: LadderVersionsTable }>();
  }

  /**
   * The newest published version of `ladderId`; without an id, of the default ladder — the one
   * published most recently (ties broken by ladder id), which is the only one in most organisations.
   */
  async latestPublished(ladderId?: string): Promise<StoredLadderVersion | undefined> {
    let q = this.db.selectFrom('ladder_versions').selectAll().where('published_at', 'is not', null);
    if (ladderId !== undefined) q = q.where('ladder_id', '=', ladderId);
    const r = await q.orderBy('published_at', 'desc').orderBy('ladder_id').orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r ? toStored(r) : undefined;
  }

  async get(ladderId: string, version: number): Promise<StoredLadderVersion | undefined> {
    const r = await this.db.selectFrom('ladder_versions').selectAll().where('ladder_id', '=', ladderId).where('version', '=', version).executeTakeFirst();
    return r ? toStored(r) : undefined;
  }

  /** The newest version, draft or published. */
  async latest(ladderId: string): Promise<StoredLadderVersion | undefined> {
    const r = await this.db.selectFrom('ladder_versions').selectAll().where('ladder_id', '=', ladderId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r ? toStored(r) : undefined;
  }

  /** Every ladder, by id. */
  async list(): Promise<LadderSummary[]> {
    const rows = await this.db
      .selectFrom('ladder_versions')
      .select(['ladder_id', 'version', 'name', 'published_at'])
      .orderBy('ladder_id')
      .orderBy('version')
      .execute();
    const byId = new Map<string, LadderSummary>();
    for (const r of rows) {
      const version = Number(r.version);
      const s = byId.get(r.ladder_id) ?? { id: r.ladder_id, name: r.name, latestVersion: version, latestPublishedVersion: null, versions: 0 };
      s.name = r.name;
      s.latestVersion = version;
      s.versions += 1;
      if (r.published_at !== null) s.latestPublishedVersion = version;
      byId.set(r.ladder_id, s);
    }
    return [...byId.values()];
  }

  /** The versions of one ladder, oldest first, without their bodies. */
  async versions(ladderId: string): Promise<VersionInfo[]> {
    const rows = await this.db
      .selectFrom('ladder_versions')
      .select(['version', 'name', 'published_at', 'created_at', 'created_by'])
      .where('ladder_id', '=', ladderId)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      version: Number(r.version),
      name: r.name,
      publishedAt: r.published_at === null ? null : Number(r.published_at),
      createdAt: Number(r.created_at),
      createdBy: r.created_by,
    }));
  }

  /** Inserts the next version of `v.ladder.id` (1 for a new ladder) and returns its number. Run inside a transaction. */
  async insertVersion(v: NewVersion): Promise<number> {
    const top = await this.db
      .selectFrom('ladder_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('ladder_id', '=', v.ladder.id)
      .executeTakeFirst();
    const version = top?.v === null || top?.v === undefined ? 1 : Number(top.v) + 1;
    await this.db
      .insertInto('ladder_versions')
      .values({
        ladder_id: v.ladder.id,
        version,
        name: v.ladder.name,
        body: JSON.stringify(v.ladder),
        published_at: v.publishedAt,
        created_at: v.createdAt,
        created_by: v.createdBy,
      })
      .execute();
    return version;
  }

  /**
   * Saves an edit: replaces the newest version while it is still a draft, otherwise inserts the
   * next version as a draft (a published version never changes). Returns the version written.
   */
  async saveDraft(ladder: Ladder, at: number, by: string | null): Promise<number> {
    const newest = await this.latest(ladder.id);
    if (newest === undefined || newest.publishedAt !== null) return this.insertVersion({ ladder, publishedAt: null, createdAt: at, createdBy: by });
    await this.db
      .updateTable('ladder_versions')
      .set({ name: ladder.name, body: JSON.stringify(ladder), created_at: at, created_by: by })
      .where('ladder_id', '=', ladder.id)
      .where('version', '=', newest.version)
      .where('published_at', 'is', null)
      .execute();
    return newest.version;
  }

  /**
   * Publishes a draft. `already-published` leaves the version as it was (its date included);
   * `not-found` when there is no such version.
   */
  async publish(ladderId: string, version: number, at: number): Promise<'published' | 'already-published' | 'not-found'> {
    const found = await this.get(ladderId, version);
    if (found === undefined) return 'not-found';
    if (found.publishedAt !== null) return 'already-published';
    await this.db
      .updateTable('ladder_versions')
      .set({ published_at: at })
      .where('ladder_id', '=', ladderId)
      .where('version', '=', version)
      .where('published_at', 'is', null)
      .execute();
    return 'published';
  }
}
