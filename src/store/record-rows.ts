/**
 * How each record kind maps to its table, both ways. The importer writes through `toRow`, the
 * exporter reads through `fromRow`; keeping the pair side by side is what keeps export → import
 * → export byte-identical.
 */
import type { RecordKind, RecordOf, TrellisRecord } from '../core/records/schemas.js';
import type { Database } from './schema.js';

type Row = Record<string, string | number | null>;

export interface KindTable<K extends RecordKind> {
  table: keyof Database & string;
  /** Primary key columns, also the keyset order for export. */
  key: readonly string[];
  columns: readonly string[];
  /** Column types, for PostgreSQL's array-parameter upserts (record-writer.ts). Default text. */
  types?: Readonly<Record<string, 'bigint' | 'integer'>>;
  toRow(r: RecordOf<K>): Row;
  fromRow(row: Row): RecordOf<K>;
}

const ms = (iso: string | undefined): number | null => (iso === undefined ? null : Date.parse(iso));
const iso = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : new Date(Number(v)).toISOString());
const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const bool = (v: unknown): boolean | undefined => (v === null || v === undefined ? undefined : Number(v) === 1);
const flag = (b: boolean | undefined): number | null => (b === undefined ? null : b ? 1 : 0);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Drop absent fields so exported lines carry no nulls and compare equal after a round trip. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

const team: KindTable<'team'> = {
  table: 'teams',
  key: ['id'],
  columns: ['id', 'name', 'parent', 'timezone'],
  toRow: (r) => ({ id: r.id, name: r.name, parent: nul(r.parent), timezone: nul(r.timezone) }),
  fromRow: (w) => compact({ kind: 'team', id: String(w.id), name: String(w.name), parent: str(w.parent), timezone: str(w.timezone) }),
};

const person: KindTable<'person'> = {
  table: 'people',
  types: { active: 'integer' },
  key: ['id'],
  columns: ['id', 'name', 'email', 'team', 'manager', 'level', 'track', 'timezone', 'working_hours', 'start_date', 'active'],
  toRow: (r) => ({
    id: r.id,
    name: r.name,
    email: nul(r.email),
    team: nul(r.team),
    manager: nul(r.manager),
    level: nul(r.level),
    track: nul(r.track),
    timezone: nul(r.timezone),
    working_hours: nul(r.workingHours),
    start_date: nul(r.startDate),
    active: r.active === false ? 0 : 1,
  }),
  fromRow: (w) =>
    compact({
      kind: 'person',
      id: String(w.id),
      name: String(w.name),
      email: str(w.email),
      team: str(w.team),
      manager: str(w.manager),
      level: str(w.level),
      track: str(w.track),
      timezone: str(w.timezone),
      workingHours: str(w.working_hours),
      startDate: str(w.start_date),
      active: bool(w.active),
    }),
};

const service: KindTable<'service'> = {
  table: 'services',
  key: ['id'],
  columns: ['id', 'name', 'team'],
  toRow: (r) => ({ id: r.id, name: r.name, team: r.team }),
  fromRow: (w) => ({ kind: 'service', id: String(w.id), name: String(w.name), team: String(w.team) }),
};

const change: KindTable<'change'> = {
  table: 'changes',
  types: { committed_at: 'bigint', authored_at: 'bigint', merged_at: 'bigint', is_merge: 'integer' },
  key: ['id'],
  columns: ['id', 'service', 'committed_at', 'authored_at', 'merged_at', 'author', 'is_merge', 'revert_of', 'deployment', 'url'],
  toRow: (r) => ({
    id: r.id,
    service: r.service,
    committed_at: Date.parse(r.committedAt),
    authored_at: ms(r.authoredAt),
    merged_at: ms(r.mergedAt),
    author: nul(r.author),
    is_merge: r.isMerge ? 1 : 0,
    revert_of: nul(r.revertOf),
    deployment: nul(r.deployment),
    url: nul(r.url),
  }),
  fromRow: (w) =>
    compact({
      kind: 'change',
      id: String(w.id),
      service: String(w.service),
      committedAt: iso(w.committed_at)!,
      authoredAt: iso(w.authored_at),
      mergedAt: iso(w.merged_at),
      author: str(w.author),
      isMerge: bool(w.is_merge),
      revertOf: str(w.revert_of),
      deployment: str(w.deployment),
      url: str(w.url),
    }),
};

/** `changes[]` lives in deployment_changes; the writer and reader handle it beside this row. */
const deployment: KindTable<'deployment'> = {
  table: 'deployments',
  types: { finished_at: 'bigint' },
  key: ['id'],
  columns: ['id', 'service', 'finished_at', 'environment', 'status', 'commit_sha', 'rollback_of', 'remediates', 'url'],
  toRow: (r) => ({
    id: r.id,
    service: r.service,
    finished_at: Date.parse(r.finishedAt),
    environment: r.environment ?? 'production',
    status: r.status ?? 'success',
    commit_sha: nul(r.commit),
    rollback_of: nul(r.rollbackOf),
    remediates: nul(r.remediates),
    url: nul(r.url),
  }),
  fromRow: (w) =>
    compact({
      kind: 'deployment',
      id: String(w.id),
      service: String(w.service),
      finishedAt: iso(w.finished_at)!,
      environment: String(w.environment),
      status: String(w.status) as 'success' | 'failure',
      commit: str(w.commit_sha),
      rollbackOf: str(w.rollback_of),
      remediates: str(w.remediates),
      url: str(w.url),
    }),
};

const incident: KindTable<'incident'> = {
  table: 'incidents',
  types: { started_at: 'bigint', detected_at: 'bigint', resolved_at: 'bigint' },
  key: ['id'],
  columns: ['id', 'service', 'started_at', 'detected_at', 'resolved_at', 'severity', 'caused_by', 'title', 'participants', 'postmortem', 'cause', 'url'],
  toRow: (r) => ({
    id: r.id,
    service: r.service,
    started_at: Date.parse(r.startedAt),
    detected_at: ms(r.detectedAt),
    resolved_at: ms(r.resolvedAt),
    severity: nul(r.severity),
    caused_by: nul(r.causedBy),
    title: nul(r.title),
    participants: r.participants === undefined ? null : JSON.stringify(r.participants),
    postmortem: nul(r.postmortem),
    cause: nul(r.cause),
    url: nul(r.url),
  }),
  fromRow: (w) =>
    compact({
      kind: 'incident',
      id: String(w.id),
      service: String(w.service),
      startedAt: iso(w.started_at)!,
      detectedAt: iso(w.detected_at),
      resolvedAt: iso(w.resolved_at),
      severity: str(w.severity),
      causedBy: str(w.caused_by),
      title: str(w.title),
      participants: w.participants === null || w.participants === undefined ? undefined : (JSON.parse(String(w.participants)) as string[]),
      postmortem: str(w.postmortem),
      cause: str(w.cause),
      url: str(w.url),
    }),
};

const page: KindTable<'page'> = {
  table: 'pages',
  types: { at: 'bigint', acknowledged_at: 'bigint', resolved_at: 'bigint', actionable: 'integer' },
  key: ['id'],
  columns: ['id', 'at', 'person', 'service', 'acknowledged_at', 'resolved_at', 'urgency', 'actionable', 'alert'],
  toRow: (r) => ({
    id: r.id,
    at: Date.parse(r.at),
    person: nul(r.person),
    service: nul(r.service),
    acknowledged_at: ms(r.acknowledgedAt),
    resolved_at: ms(r.resolvedAt),
    urgency: nul(r.urgency),
    actionable: flag(r.actionable),
    alert: nul(r.alert),
  }),
  fromRow: (w) =>
    compact({
      kind: 'page',
      id: String(w.id),
      at: iso(w.at)!,
      person: str(w.person),
      service: str(w.service),
      acknowledgedAt: iso(w.acknowledged_at),
      resolvedAt: iso(w.resolved_at),
      urgency: str(w.urgency),
      actionable: bool(w.actionable),
      alert: str(w.alert),
    }),
};

const oncallShift: KindTable<'oncall_shift'> = {
  table: 'oncall_shifts',
  types: { start_at: 'bigint', end_at: 'bigint' },
  key: ['id'],
  columns: ['id', 'person', 'start_at', 'end_at', 'schedule'],
  toRow: (r) => ({ id: r.id, person: r.person, start_at: Date.parse(r.start), end_at: Date.parse(r.end), schedule: nul(r.schedule) }),
  fromRow: (w) =>
    compact({
      kind: 'oncall_shift',
      id: String(w.id),
      person: String(w.person),
      start: iso(w.start_at)!,
      end: iso(w.end_at)!,
      schedule: str(w.schedule),
    }),
};

const sli: KindTable<'sli'> = {
  table: 'sli_slices',
  types: { at: 'bigint', good: 'bigint', total: 'bigint' },
  key: ['slo', 'at'],
  columns: ['slo', 'at', 'good', 'total'],
  toRow: (r) => ({ slo: r.slo, at: Date.parse(r.at), good: r.good, total: r.total }),
  fromRow: (w) => ({ kind: 'sli', slo: String(w.slo), at: iso(w.at)!, good: Number(w.good), total: Number(w.total) }),
};

const pullRequest: KindTable<'pull_request'> = {
  table: 'pull_requests',
  types: { opened_at: 'bigint', first_review_at: 'bigint', merged_at: 'bigint', closed_at: 'bigint' },
  key: ['id'],
  columns: ['id', 'service', 'opened_at', 'author', 'first_review_at', 'first_reviewer', 'merged_at', 'merged_by', 'closed_at', 'title', 'url'],
  toRow: (r) => ({
    id: r.id,
    service: r.service,
    opened_at: Date.parse(r.openedAt),
    author: nul(r.author),
    first_review_at: ms(r.firstReviewAt),
    first_reviewer: nul(r.firstReviewer),
    merged_at: ms(r.mergedAt),
    merged_by: nul(r.mergedBy),
    closed_at: ms(r.closedAt),
    title: nul(r.title),
    url: nul(r.url),
  }),
  fromRow: (w) =>
    compact({
      kind: 'pull_request',
      id: String(w.id),
      service: String(w.service),
      openedAt: iso(w.opened_at)!,
      author: str(w.author),
      firstReviewAt: iso(w.first_review_at),
      firstReviewer: str(w.first_reviewer),
      mergedAt: iso(w.merged_at),
      mergedBy: str(w.merged_by),
      closedAt: iso(w.closed_at),
      title: str(w.title),
      url: str(w.url),
    }),
};

export const kindTables: { [K in RecordKind]: KindTable<K> } = {
  team,
  person,
  service,
  change,
  deployment,
  incident,
  page,
  oncall_shift: oncallShift,
  sli,
  pull_request: pullRequest,
};

export function kindTable<K extends RecordKind>(kind: K): KindTable<K> {
  return kindTables[kind];
}

export type { Row, TrellisRecord };
