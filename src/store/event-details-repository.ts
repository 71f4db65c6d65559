/**
 * What a person needs to recognise the events behind a figure: when each happened, the commit a
 * deployment shipped, an incident's title, and the link to the record at its source. Read by id
 * for one page of a drill-down (at most a few hundred ids), never for a whole window.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface DeploymentDetail {
  finishedAt: string;
  commit?: string;
  url?: string;
}

export interface ChangeDetail {
  committedAt: string;
  url?: string;
}

export interface IncidentDetail {
  startedAt: string;
  title?: string;
  url?: string;
}

export interface EventDetails {
  deployments: Record<string, DeploymentDetail>;
  changes: Record<string, ChangeDetail>;
  incidents: Record<string, IncidentDetail>;
}

export interface EventIds {
  deployments: readonly string[];
  changes: readonly string[];
  incidents: readonly string[];
}

/** Ids per query: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

const iso = (ms: number | string): string => new Date(Number(ms)).toISOString();
const some = <K extends string>(key: K, v: string | null): { [P in K]?: string } => (v === null ? {} : ({ [key]: v } as { [P in K]: string }));

export class EventDetailsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async detailsOf(ids: EventIds): Promise<EventDetails> {
    const out: EventDetails = { deployments: {}, changes: {}, incidents: {} };
    for (const part of chunks(ids.deployments)) {
      const rows = await this.db.selectFrom('deployments').select(['id', 'finished_at', 'commit_sha', 'url']).where('id', 'in', part).execute();
      for (const r of rows) out.deployments[r.id] = { finishedAt: iso(r.finished_at), ...some('commit', r.commit_sha), ...some('url', r.url) };
    }
    for (const part of chunks(ids.changes)) {
      const rows = await this.db.selectFrom('changes').select(['id', 'committed_at', 'url']).where('id', 'in', part).execute();
      for (const r of rows) out.changes[r.id] = { committedAt: iso(r.committed_at), ...some('url', r.url) };
    }
    for (const part of chunks(ids.incidents)) {
      const rows = await this.db.selectFrom('incidents').select(['id', 'started_at', 'title', 'url']).where('id', 'in', part).execute();
      for (const r of rows) out.incidents[r.id] = { startedAt: iso(r.started_at), ...some('title', r.title), ...some('url', r.url) };
    }
    return out;
  }
}

function chunks(ids: readonly string[]): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(unique.slice(i, i + CHUNK));
  return out;
}
