/**
 * Stored template versions (migration 022). A version is never updated: an edit inserts the next
 * one. Kinds with no stored version use the Trellis default, which stands for version 1.
 */
import type { Kysely } from 'kysely';
import { defaultTemplates } from '../core/templates/defaults.js';
import type { Template, TemplateKind, TemplateSection } from '../core/templates/templates.js';
import type { Database } from './schema.js';
import type { OneOnOneTables, TemplatesTable } from './schema-one-on-ones.js';

const toTemplate = (r: TemplatesTable): Template => ({
  kind: r.kind as TemplateKind,
  version: Number(r.version),
  title: r.title,
  sections: JSON.parse(r.sections) as TemplateSection[],
  builtIn: false,
  // 0 marks the Trellis default stored as version 1 by the first edit: it has no save date.
  createdAt: Number(r.created_at) === 0 ? null : Number(r.created_at),
  createdBy: r.created_by,
});

/** The Trellis default of a kind, as version 1. */
export const builtInTemplate = (kind: TemplateKind): Template => ({ kind, version: 1, ...structuredClone(defaultTemplates[kind]), builtIn: true, createdAt: null, createdBy: null });

export class TemplateRepository {
  private readonly db: Kysely<OneOnOneTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<OneOnOneTables>();
  }

  async insert(t: Template): Promise<void> {
    await this.db
      .insertInto('templates')
      .values({ kind: t.kind, version: t.version, title: t.title, sections: JSON.stringify(t.sections), created_at: t.createdAt ?? 0, created_by: t.createdBy })
      .execute();
  }

  /** The version in force: the newest stored one, else the built-in default. */
  async current(kind: TemplateKind): Promise<Template> {
    const r = await this.db.selectFrom('templates').selectAll().where('kind', '=', kind).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r ? toTemplate(r) : builtInTemplate(kind);
  }

  /** One version, e.g. the one a 1:1 was written with; version 1 falls back to the default. */
  async get(kind: TemplateKind, version: number): Promise<Template | undefined> {
    const r = await this.db.selectFrom('templates').selectAll().where('kind', '=', kind).where('version', '=', version).executeTakeFirst();
    if (r) return toTemplate(r);
    return version === 1 ? builtInTemplate(kind) : undefined;
  }

  /** Every stored version of a kind, newest first (empty while the default is in force). */
  async versions(kind: TemplateKind): Promise<Template[]> {
    const rows = await this.db.selectFrom('templates').selectAll().where('kind', '=', kind).orderBy('version', 'desc').execute();
    return rows.map(toTemplate);
  }
}
