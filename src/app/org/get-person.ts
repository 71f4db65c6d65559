/**
 * One person with their reporting line: manager and active direct reports, as links — and which
 * of their private pages the reader may open, so the profile offers only the links that work.
 */
import { can } from '../../core/access/policy.js';
import { TrellisError } from '../../errors.js';
import type { Person } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Actor } from './actor.js';
import { collectAll } from './collect-all.js';
import { toRef, type OrgDeps, type Ref } from './deps.js';

export interface PersonDetail {
  person: Person;
  manager: Ref | null;
  directReports: Ref[];
  /**
   * Whether the reader may open the person's private page and living document, decided by the
   * access policy itself (a compensation reviewer may open neither; the person and their line may).
   */
  mayOpen: { privatePage: boolean; livingDocument: boolean };
}

export async function getPerson({ org }: OrgDeps, actor: Actor, id: string): Promise<PersonDetail> {
  assertAllowed(actor, 'read', { type: 'org-directory' });
  const person = await org.getPerson(id);
  if (!person) throw new TrellisError('NOT_FOUND', `No person with id "${id}".`);
  const [manager, reports] = await Promise.all([
    person.manager ? org.getPerson(person.manager) : undefined,
    collectAll((p) => org.listPeople({ manager: id, ...p })),
  ]);
  return {
    person,
    manager: manager ? toRef(manager) : null,
    // People who have left keep their manager field for history; they are not current reports.
    directReports: reports.filter((r) => r.active).map(toRef),
    mayOpen: {
      privatePage: can(actor, 'read', { type: 'person-private', person: id }).allowed,
      livingDocument: can(actor, 'read', { type: 'living-document', person: id }).allowed,
    },
  };
}
