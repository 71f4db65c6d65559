/**
 * What the review use cases share: the repositories and the clock, how a refusal from the core
 * becomes an error, and the loads every use case starts with (a cycle, its rubric, a person).
 */
import type { Actor } from '../../core/access/actor.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { Outcome } from '../../core/review/outcome.js';
import { TrellisError, type ErrorCode } from '../../errors.js';
import type { DataAccess, Repositories } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';
import type { StoredRubric } from '../../store/review-rubric-repository.js';
import { actorAccountOf, auditEntry, type AuditFacts } from '../audit/audit-entry.js';
import type { Runtime } from '../runtime.js';

export interface ReviewDeps {
  data: DataAccess;
  runtime: Runtime;
}

/** The value of an outcome, or the refusal as an error (CONFLICT for state, BAD_INPUT for content). */
export function accepted<T>(o: Outcome<T>, code: ErrorCode = 'CONFLICT'): T {
  if (o.ok) return o.value;
  throw new TrellisError(code, o.reason);
}

/** A refusal that is about the request's content (a field) rather than the state of things. */
export const isInputProblem = (reason: string): boolean => /^[a-zA-Z.[\]0-9]+: /.test(reason);

/** Like `accepted`, choosing BAD_INPUT when the reason names a field and CONFLICT otherwise. */
export function acceptedOrExplained<T>(o: Outcome<T>): T {
  return accepted(o, !o.ok && isInputProblem(o.reason) ? 'BAD_INPUT' : 'CONFLICT');
}

export async function loadCycle(data: Repositories, id: string): Promise<ReviewCycle> {
  const c = await data.cycles.get(id);
  if (!c) throw new TrellisError('NOT_FOUND', `No review cycle with id "${id}".`);
  return c;
}

export async function rubricOf(data: Repositories, cycle: ReviewCycle): Promise<StoredRubric | null> {
  return cycle.rubric ? ((await data.rubrics.get(cycle.rubric.id, cycle.rubric.version)) ?? null) : null;
}

export async function loadPerson(data: Repositories, id: string): Promise<Person> {
  const p = await data.org.getPerson(id);
  if (!p) throw new TrellisError('NOT_FOUND', `No person with id "${id}".`);
  return p;
}

export const accountOf = actorAccountOf;

export function audit(deps: ReviewDeps, actor: Actor, facts: AuditFacts) {
  return auditEntry(deps.runtime, actorAccountOf(actor), facts);
}

/** Is the actor this person? */
export const isSelf = (actor: Actor, person: string): boolean => actor.kind === 'account' && actor.personId === person;

/** Does the actor coach this person (manager role and the person in their line)? */
export const managesLine = (actor: Actor, person: string): boolean => actor.kind === 'account' && actor.roles.has('manager') && actor.reportingLine.has(person);

export const hasRole = (actor: Actor, role: 'calibrator' | 'people-partner' | 'admin' | 'manager' | 'compensation-reviewer'): boolean => actor.kind === 'account' && actor.roles.has(role);
