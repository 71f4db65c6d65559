/**
 * The manager–report pair a 1:1 URL names: the report (404 when unknown), their manager in the
 * organisation records (a person without one has no 1:1s to hold), and the policy's answer for
 * the actor. Existence is checked first, as the living document does: a 404 tells nothing the
 * directory does not.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { Action } from '../../core/access/resources.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';

export interface OneOnOneDeps {
  data: DataAccess;
  runtime: Runtime;
}

export interface Pair {
  report: Person;
  manager: Person;
  /** May the actor read the manager's private notes (the manager line only)? */
  seesPrivate: boolean;
  /** May the actor write: cadence, 1:1s, action items (the manager line only)? */
  mayWrite: boolean;
}

export async function pairOf(data: DataAccess, actor: Actor, reportId: string, action: Action): Promise<Pair> {
  const report = await data.org.getPerson(reportId);
  if (!report) throw new TrellisError('NOT_FOUND', `No person with id "${reportId}".`);
  assertAllowed(actor, action, { type: 'one-on-one-note', person: report.id });
  const manager = report.manager === null ? undefined : await data.org.getPerson(report.manager);
  if (!manager) throw new TrellisError('CONFLICT', `${report.name} has no manager in the organisation records, so there is no 1:1 pair to show. Set their manager in the people records and import them again.`);
  return {
    report,
    manager,
    seesPrivate: can(actor, 'read', { type: 'one-on-one-private-note', person: report.id }).allowed,
    mayWrite: can(actor, 'write', { type: 'one-on-one-note', person: report.id }).allowed,
  };
}
