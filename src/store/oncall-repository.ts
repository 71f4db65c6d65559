/**
 * What the on-call and sustainable-work figures are computed from: a team's active members with
 * their zones and working hours, their pages and shifts in a span, the incidents they worked, and
 * an incident's own record with its pages and remediations. Pages and shifts are private records:
 * only use cases that check the access policy (and audit per-person reads) call this.
 */
import type { Kysely } from 'kysely';
import type { OncallPage, OncallShift } from '../core/oncall/types.js';
import type { Database } from './schema.js';

export interface OncallMember {
  id: string;
  name: string;
  timezone: string | null;
  workingHours: string | null;
}

export interface StoredIncident {
  id: string;
  service: string;
  title: string | null;
  severity: string | null;
  startedAt: number;
  detectedAt: number | null;
  resolvedAt: number | null;
  causedBy: string | null;
  cause: string | null;
  postmortem: string | null;
  participants: string[];
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));
const CHUNK = 500;

function participantsOf(text: string | null): string[] {
  if (text === null) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

type IncidentRow = Database['incidents'];
const toIncident = (r: IncidentRow): StoredIncident => ({
  id: r.id,
  service: r.service,
  title: r.title,
  severity: r.severity,
  startedAt: Number(r.started_at),
  detectedAt: num(r.detected_at),
  resolvedAt: num(r.resolved_at),
  causedBy: r.caused_by,
  cause: r.cause,
  postmortem: r.postmortem,
  participants: participantsOf(r.participants),
});

export class OncallRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Active members of a team, by name. */
  async members(team: string): Promise<OncallMember[]> {
    const rows = await this.db.selectFrom('people').select(['id', 'name', 'timezone', 'working_hours']).where('team', '=', team).where('active', '=', 1).orderBy('name').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, timezone: r.timezone, workingHours: r.working_hours }));
  }

  /** Pages of these people with from ≤ at < to. */
  async pages(people: readonly string[], from: number, to: number): Promise<OncallPage[]> {
    const out: OncallPage[] = [];
    for (let i = 0; i < people.length; i += CHUNK) {
      const rows = await this.db.selectFrom('pages').selectAll().where('person', 'in', people.slice(i, i + CHUNK)).where('at', '>=', from).where('at', '<', to).orderBy('at').orderBy('id').execute();
      for (const r of rows) out.push(toPage(r));
    }
    return out.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  }

  /** Pages about one service with from ≤ at < to (an incident's timeline). */
  async servicePages(service: string, from: number, to: number): Promise<OncallPage[]> {
    const rows = await this.db.selectFrom('pages').selectAll().where('service', '=', service).where('at', '>=', from).where('at', '<', to).orderBy('at').orderBy('id').limit(1000).execute();
    return rows.map(toPage);
  }

  /** Shifts of these people overlapping [from, to). */
  async shifts(people: readonly string[], from: number, to: number): Promise<OncallShift[]> {
    const out: OncallShift[] = [];
    for (let i = 0; i < people.length; i += CHUNK) {
      const rows = await this.db.selectFrom('oncall_shifts').select(['person', 'start_at', 'end_at']).where('person', 'in', people.slice(i, i + CHUNK)).where('end_at', '>', from).where('start_at', '<', to).execute();
      for (const r of rows) out.push({ person: r.person, start: Number(r.start_at), end: Number(r.end_at) });
    }
    return out.sort((a, b) => a.start - b.start || a.person.localeCompare(b.person));
  }

  /** Incidents that started in [from, to) and name participants. */
  async workedIncidents(from: number, to: number): Promise<{ startedAt: number; participants: string[] }[]> {
    const rows = await this.db.selectFrom('incidents').select(['started_at', 'participants']).where('started_at', '>=', from).where('started_at', '<', to).where('participants', 'is not', null).execute();
    return rows.map((r) => ({ startedAt: Number(r.started_at), participants: participantsOf(r.participants) }));
  }

  async incident(id: string): Promise<StoredIncident | undefined> {
    const row = await this.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toIncident(row) : undefined;
  }

  /** A service's incidents that name a cause, oldest first (repeat detection). */
  async causedIncidents(service: string): Promise<StoredIncident[]> {
    const rows = await this.db.selectFrom('incidents').selectAll().where('service', '=', service).where('cause', 'is not', null).orderBy('started_at').orderBy('id').execute();
    return rows.map(toIncident);
  }

  /** A service's incidents, newest first, at most `limit`. */
  async serviceIncidents(service: string, limit: number): Promise<StoredIncident[]> {
    const rows = await this.db.selectFrom('incidents').selectAll().where('service', '=', service).orderBy('started_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toIncident);
  }

  /** Deployments that remediate an incident. */
  async remediations(incident: string): Promise<{ id: string; finishedAt: number; status: string }[]> {
    const rows = await this.db.selectFrom('deployments').select(['id', 'finished_at', 'status']).where('remediates', '=', incident).orderBy('finished_at').execute();
    return rows.map((r) => ({ id: r.id, finishedAt: Number(r.finished_at), status: r.status }));
  }
}

function toPage(r: Database['pages']): OncallPage {
  return {
    id: r.id,
    at: Number(r.at),
    person: r.person,
    service: r.service,
    alert: r.alert,
    actionable: r.actionable === null ? null : Number(r.actionable) === 1,
    acknowledgedAt: num(r.acknowledged_at),
    resolvedAt: num(r.resolved_at),
  };
}
