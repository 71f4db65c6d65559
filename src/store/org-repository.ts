/**
 * Reads of the organisation: teams, people, services. Shapes returned here are the API's
 * shapes (camelCase, no nulls leaking as "null" strings), so HTTP and CLI present them as-is.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface Team {
  id: string;
  name: string;
  parent: string | null;
  timezone: string | null;
  members: number;
  services: number;
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
  team: string | null;
  manager: string | null;
  level: string | null;
  track: string | null;
  timezone: string | null;
  workingHours: string | null;
  startDate: string | null;
  active: boolean;
}

export interface Service {
  id: string;
  name: string;
  team: string;
}

export interface ListQuery {
  /** Case-insensitive substring of id or name (and email, for people). */
  q?: string | undefined;
  team?: string | undefined;
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class OrgRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async listTeams(query: ListQuery): Promise<Page<Team>> {
    let base = this.db.selectFrom('teams');
    if (query.q) {
      const p = likePattern(query.q);
      base = base.where((eb) => eb.or([eb(sql`lower(teams.id)`, 'like', sql`${p} escape '\\'`), eb(sql`lower(teams.name)`, 'like', sql`${p} escape '\\'`)]));
    }
    if (query.team) base = base.where('teams.parent', '=', query.team);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .select(['teams.id', 'teams.name', 'teams.parent', 'teams.timezone'])
      .select((eb) => [
        eb.selectFrom('people').whereRef('people.team', '=', 'teams.id').where('people.active', '=', 1).select(eb.fn.countAll<number>().as('c')).as('members'),
        eb.selectFrom('services').whereRef('services.team', '=', 'teams.id').select(eb.fn.countAll<number>().as('c')).as('services'),
      ])
      .orderBy('teams.name')
      .orderBy('teams.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return { total: Number(total.n), items: rows.map((r) => ({ ...r, members: Number(r.members ?? 0), services: Number(r.services ?? 0) })) };
  }

  async getTeam(id: string): Promise<Team | undefined> {
    const page = await this.listTeamsById([id]);
    return page[0];
  }

  private async listTeamsById(ids: string[]): Promise<Team[]> {
    const rows = await this.db
      .selectFrom('teams')
      .select(['teams.id', 'teams.name', 'teams.parent', 'teams.timezone'])
      .select((eb) => [
        eb.selectFrom('people').whereRef('people.team', '=', 'teams.id').where('people.active', '=', 1).select(eb.fn.countAll<number>().as('c')).as('members'),
        eb.selectFrom('services').whereRef('services.team', '=', 'teams.id').select(eb.fn.countAll<number>().as('c')).as('services'),
      ])
      .where('teams.id', 'in', ids)
      .execute();
    return rows.map((r) => ({ ...r, members: Number(r.members ?? 0), services: Number(r.services ?? 0) }));
  }

  async listPeople(query: ListQuery & { manager?: string | undefined }): Promise<Page<Person>> {
    let base = this.db.selectFrom('people');
    if (query.q) {
      const p = likePattern(query.q);
      base = base.where((eb) =>
        eb.or([
          eb(sql`lower(people.id)`, 'like', sql`${p} escape '\\'`),
          eb(sql`lower(people.name)`, 'like', sql`${p} escape '\\'`),
          eb(sql`lower(coalesce(people.email, ''))`, 'like', sql`${p} escape '\\'`),
        ]),
      );
    }
    if (query.team) base = base.where('people.team', '=', query.team);
    if (query.manager) base = base.where('people.manager', '=', query.manager);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.selectAll().orderBy('people.name').orderBy('people.id').limit(query.limit).offset(query.offset).execute();
    return { total: Number(total.n), items: rows.map(toPerson) };
  }

  async getPerson(id: string): Promise<Person | undefined> {
    const row = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toPerson(row) : undefined;
  }

  async listServices(query: ListQuery): Promise<Page<Service>> {
    let base = this.db.selectFrom('services');
    if (query.q) {
      const p = likePattern(query.q);
      base = base.where((eb) => eb.or([eb(sql`lower(services.id)`, 'like', sql`${p} escape '\\'`), eb(sql`lower(services.name)`, 'like', sql`${p} escape '\\'`)]));
    }
    if (query.team) base = base.where('services.team', '=', query.team);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const items = await base.selectAll().orderBy('services.name').orderBy('services.id').limit(query.limit).offset(query.offset).execute();
    return { total: Number(total.n), items };
  }

  async getService(id: string): Promise<Service | undefined> {
    return this.db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Every person's manager: the input to reporting-line and cycle checks. */
  async managerMap(): Promise<Map<string, string | null>> {
    const rows = await this.db.selectFrom('people').select(['id', 'manager']).execute();
    return new Map(rows.map((r) => [r.id, r.manager]));
  }

  /** Every team's parent, for the team-tree cycle check. */
  async parentMap(): Promise<Map<string, string | null>> {
    const rows = await this.db.selectFrom('teams').select(['id', 'parent']).execute();
    return new Map(rows.map((r) => [r.id, r.parent]));
  }

  /** The names of the people among `ids` (unknown ids are absent), for lists that point at people by id. */
  async personNames(ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.db.selectFrom('people').select(['id', 'name']).where('id', 'in', unique.slice(i, i + 500)).execute();
      for (const r of rows) names.set(r.id, r.name);
    }
    return names;
  }

  /** Which of `ids` exist in the table, for reference checks during import. */
  async existing(table: 'teams' | 'people' | 'services', ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.db.selectFrom(table).select('id').where('id', 'in', chunk).execute();
      for (const r of rows) found.add(r.id);
    }
    return found;
  }
}

function toPerson(r: Database['people']): Person {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    team: r.team,
    manager: r.manager,
    level: r.level,
    track: r.track,
    timezone: r.timezone,
    workingHours: r.working_hours,
    startDate: r.start_date,
    active: Number(r.active) === 1,
  };
}
