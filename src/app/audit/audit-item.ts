/**
 * An audit entry as people read it: times as ISO text, the actor named, what happened in words
 * (core/audit/describe-entry.ts) and whose records it was by name. Entries written by the command
 * line name the operator, so every row has someone to point at.
 */
import { describeEntry, type AuditNames } from '../../core/audit/describe-entry.js';
import type { AuditEntry } from '../../store/audit-repository.js';
import type { DataAccess } from '../../store/data-access.js';

export interface AuditActor {
  id: string;
  email: string;
  name: string;
}

export interface AuditSubject {
  id: string;
  /** Null when the directory no longer knows the person (records outlive people) or the reader may not read it. */
  name: string | null;
}

export interface AuditItem {
  at: string;
  actor: AuditActor;
  action: string;
  /** What happened, in words: "Viewed compensation of 64 people in “Annual review 2026”". */
  summary: string;
  /** The writer's note ("self review", "delivery-impact = strong"); null when there is none. */
  detail: string | null;
  resourceType: string;
  resourceId: string | null;
  subjectPerson: string | null;
  /** Whose records it was: the subject, or every person a list read named. */
  subjects: AuditSubject[];
}

export const operatorAuditActor: AuditActor = { id: 'operator', email: '', name: 'Operator (command line)' };

export interface AuditLookups extends AuditNames {
  people: ReadonlyMap<string, string>;
}

/** The names a page of entries needs, loaded once per page: cycle titles, account emails and people's names. */
export async function auditLookups(data: DataAccess, entries: readonly AuditEntry[], withPeople: boolean): Promise<AuditLookups> {
  const cycles = entries.some((e) => e.resourceId !== null) ? new Map((await data.cycles.list()).map((c) => [c.id, c.name] as const)) : new Map<string, string>();
  const accountIds = [...new Set(entries.flatMap((e) => (e.resourceType === 'account' && e.resourceId !== null ? [e.resourceId] : [])))];
  const found = await Promise.all(accountIds.map((id) => data.accounts.get(id)));
  const accounts = new Map(accountIds.flatMap((id, i) => (found[i] ? [[id, found[i]!.email] as const] : [])));
  const people = withPeople ? await data.org.personNames([...new Set(entries.flatMap(subjectIds))]) : new Map<string, string>();
  return { cycles, accounts, people };
}

const subjectIds = (e: AuditEntry): string[] => (e.subjectPerson === null ? e.subjects : [e.subjectPerson, ...e.subjects.filter((s) => s !== e.subjectPerson)]);

export function toAuditItem(e: AuditEntry, names: AuditLookups): AuditItem {
  return {
    at: new Date(e.at).toISOString(),
    actor: e.actor ?? operatorAuditActor,
    action: e.action,
    summary: describeEntry(e, names),
    detail: e.detail,
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    subjectPerson: e.subjectPerson,
    subjects: subjectIds(e).map((id) => ({ id, name: names.people.get(id) ?? null })),
  };
}

export interface AuditPage {
  items: AuditItem[];
  total: number;
}
