/**
 * The checks every living-document use case starts with: the person exists (404 otherwise) and
 * the policy allows the action on their document. Existence is checked first so a 404 tells a
 * caller nothing the directory (readable by everyone) does not already tell them.
 */
import type { Actor } from '../../core/access/actor.js';
import type { Action, PersonResourceType } from '../../core/access/resources.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';

export async function documentSubject(data: DataAccess, actor: Actor, personId: string, action: Action, resource: Extract<PersonResourceType, 'living-document' | 'growth-note'> = 'living-document'): Promise<Person> {
  const person = await data.org.getPerson(personId);
  if (!person) throw new TrellisError('NOT_FOUND', `No person with id "${personId}".`);
  assertAllowed(actor, action, { type: resource, person: personId });
  return person;
}

/** Reads of one's own document are not audited (nothing to tell oneself); anyone else's are. */
export function isSelf(actor: Actor, personId: string): boolean {
  return actor.kind === 'account' && actor.personId === personId;
}

export function badInput(what: string, problems: readonly { field: string; message: string }[]): TrellisError {
  return new TrellisError('BAD_INPUT', `The ${what} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`, problems);
}
